package vn.xdd.organization.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.MemberListQuery;

/**
 * The filters of the member list as the address carries them (a GET form: a filtered list is a
 * link one can share), with the cursor of the page shown.
 */
public class MemberFilterForm {

	private @Nullable Long unit;

	private @Nullable String q;

	private @Nullable MemberStatus status;

	private @Nullable Sex sex;

	private @Nullable String ethnicity;

	private MemberListQuery.@Nullable AgeBand age;

	private @Nullable String position;

	private @Nullable PoliticalTheory theory;

	private @Nullable String cursor;

	private @Nullable Integer size;

	MemberListQuery.Params params() {
		return new MemberListQuery.Params(unit, blank(q), status == null ? null : List.of(status), sex, blank(ethnicity),
				age, blank(position), theory);
	}

	/** The filters (without the cursor) as query parameters, in a stable order. */
	MultiValueMap<String, String> filterParameters() {
		MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
		put(p, "unit", unit);
		put(p, "q", blank(q));
		put(p, "status", status);
		put(p, "sex", sex);
		put(p, "ethnicity", blank(ethnicity));
		put(p, "age", age);
		put(p, "position", blank(position));
		put(p, "theory", theory);
		put(p, "size", size);
		return p;
	}

	/** The address of {@code path} with these filters and, if given, a cursor. */
	String link(String path, @Nullable String withCursor) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParams(filterParameters());
		if (withCursor != null) {
			builder.queryParam("cursor", withCursor);
		}
		return builder.encode().build().toUriString();
	}

	private static void put(MultiValueMap<String, String> p, String name, @Nullable Object value) {
		if (value != null) {
			p.add(name, value instanceof Enum<?> e ? e.name() : value.toString());
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public @Nullable Long getUnit() {
		return unit;
	}

	public void setUnit(@Nullable Long unit) {
		this.unit = unit;
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable MemberStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable MemberStatus status) {
		this.status = status;
	}

	public @Nullable Sex getSex() {
		return sex;
	}

	public void setSex(@Nullable Sex sex) {
		this.sex = sex;
	}

	public @Nullable String getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(@Nullable String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public MemberListQuery.@Nullable AgeBand getAge() {
		return age;
	}

	public void setAge(MemberListQuery.@Nullable AgeBand age) {
		this.age = age;
	}

	public @Nullable String getPosition() {
		return position;
	}

	public void setPosition(@Nullable String position) {
		this.position = position;
	}

	public @Nullable PoliticalTheory getTheory() {
		return theory;
	}

	public void setTheory(@Nullable PoliticalTheory theory) {
		this.theory = theory;
	}

	public @Nullable String getCursor() {
		return cursor;
	}

	public void setCursor(@Nullable String cursor) {
		this.cursor = cursor;
	}

	public @Nullable Integer getSize() {
		return size;
	}

	public void setSize(@Nullable Integer size) {
		this.size = size;
	}
}
