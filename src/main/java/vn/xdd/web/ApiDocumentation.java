package vn.xdd.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the JSON API shown at /swagger-ui.html and /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI xddOpenApi() {
		return new OpenAPI()
			.info(new Info().title("XDĐ API")
				.version("v1")
				.description("API của Hệ thống quản lý công tác xây dựng Đảng. Xác thực HTTP Basic bằng tài khoản "
						+ "XDĐ, hoặc bằng mã truy cập cá nhân (Authorization: Bearer xdd_…, tạo trên trang tài khoản "
						+ "hoặc qua POST /api/v1/me/tokens) với đúng quyền của tài khoản; mọi dữ liệu giới hạn trong phạm vi đơn vị được phân quyền. Lỗi trả về theo RFC 9457 "
						+ "(application/problem+json) với trường detail bằng tiếng Việt: 400 dữ liệu không hợp lệ (trường "
						+ "errors nêu từng trường sai), 401 chưa đăng nhập, 403 không có quyền theo quy định phân quyền "
						+ "(detail nêu ai được làm), 404 không tồn tại hoặc ngoài phạm vi, 409 bản ghi đã bị người khác "
						+ "sửa sau khi đọc (gửi lại với version mới)."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
