package vn.xdd.platform;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The data source: the external PostgreSQL named by {@code XDD_DB_URL}, or else the embedded
 * server, which this configuration starts first and stops last.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(EmbeddedWanted.class)
	EmbeddedPostgresServer embeddedPostgresServer(PlatformProperties properties) {
		PlatformProperties.Db db = properties.db();
		return EmbeddedPostgresServer.start(properties.postgresDir(), db.embeddedPort(), db.durable(),
				Duration.ofSeconds(db.startupTimeoutSeconds()));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(PlatformProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
		HikariDataSource ds = new HikariDataSource();
		ds.setPoolName("xdd");
		PlatformProperties.Db db = properties.db();
		if (db.external()) {
			ds.setJdbcUrl(db.url());
			ds.setUsername(db.user());
			ds.setPassword(db.password());
		}
		else {
			ds.setJdbcUrl(embedded.getObject().jdbcUrl());
			ds.setUsername("postgres");
		}
		ds.setMaximumPoolSize(10);
		return ds;
	}

	static class EmbeddedWanted implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("xdd.db.url", "");
			return url.isBlank();
		}
	}
}
