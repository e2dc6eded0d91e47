package vn.xdd.organization.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import vn.xdd.organization.application.ImportUploads;

/** The size check of member uploads, before the security filters read any parameter. */
@Configuration(proxyBeanMethods = false)
class MemberUploadConfiguration {

	@Bean
	FilterRegistrationBean<MemberUploadSizeFilter> memberUploadSizeFilter(ImportUploads uploads, MessageSource messages,
			@Value("${spring.servlet.multipart.max-request-size:-1B}") DataSize maxRequestSize) {
		FilterRegistrationBean<MemberUploadSizeFilter> registration = new FilterRegistrationBean<>(
				new MemberUploadSizeFilter(uploads.maxBytes(), maxRequestSize.toBytes(), uploads.maxMegabytes(), messages));
		registration.addUrlPatterns("/members/import", "/api/v1/members/import");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
