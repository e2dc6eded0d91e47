package vn.xdd.security.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.security.CurrentUser;
import vn.xdd.security.application.ApiTokenAuthentication;
import vn.xdd.security.application.CreateApiToken;
import vn.xdd.security.application.OwnApiTokens;
import vn.xdd.security.application.RevokeApiToken;
import vn.xdd.shared.PermissionDeniedException;

/** The caller's own personal access tokens: created (the secret shown once), listed, revoked. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "Người dùng", description = "Tài khoản, vai trò và phạm vi đơn vị")
class ApiTokenApiController {

	private final CurrentUser currentUser;

	private final CreateApiToken createToken;

	private final OwnApiTokens ownTokens;

	private final RevokeApiToken revokeToken;

	ApiTokenApiController(CurrentUser currentUser, CreateApiToken createToken, OwnApiTokens ownTokens,
			RevokeApiToken revokeToken) {
		this.currentUser = currentUser;
		this.createToken = createToken;
		this.ownTokens = ownTokens;
		this.revokeToken = revokeToken;
	}

	/** @param expiresOn the last day the token may be used (Vietnam time); at most a year ahead */
	record TokenRequest(@Nullable String name, @Nullable LocalDate expiresOn) {
	}

	/** @param token the secret: returned this once, never again */
	record CreatedTokenJson(long id, String name, String token, LocalDate expiresOn) {
	}

	record TokenJson(long id, String name, String prefix, LocalDate createdOn, LocalDate expiresOn, String state,
			@Nullable LocalDate lastUsedOn) {
	}

	@PostMapping
	@Operation(summary = "Tạo mã truy cập cá nhân (Bearer) với hạn dùng; mã chỉ hiện một lần trong câu trả lời này. "
			+ "Phải xác thực bằng mật khẩu: một mã không tạo được mã khác")
	ResponseEntity<CreatedTokenJson> create(@RequestBody TokenRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> ApiTokenAuthentication.BY_TOKEN.equals(a.getAuthority()))) {
			throw new PermissionDeniedException("token.error.byToken");
		}
		CreateApiToken.Created created = createToken.create(userId(), request.name(), request.expiresOn());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id()))
			.body(new CreatedTokenJson(created.id(), created.name(), created.secret(), created.lastDay()));
	}

	@GetMapping
	@Operation(summary = "Các mã truy cập của chính mình (không kèm mã bí mật): trạng thái, hạn dùng, ngày dùng gần nhất")
	List<TokenJson> list() {
		return ownTokens.of(userId())
			.stream()
			.map(t -> new TokenJson(t.id(), t.name(), t.prefix(), t.createdOn(), t.lastDay(), t.state(), t.lastUsedOn()))
			.toList();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Thu hồi một mã truy cập của chính mình; có hiệu lực ngay từ lời gọi sau")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		revokeToken.revoke(userId(), id);
		return ResponseEntity.noContent().build();
	}

	private long userId() {
		return currentUser.signedIn().orElseThrow().id().value();
	}
}
