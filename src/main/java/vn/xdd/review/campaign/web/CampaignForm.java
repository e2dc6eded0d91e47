package vn.xdd.review.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.xdd.review.CampaignKind;

/** The form that opens a campaign. */
public class CampaignForm {

	private @Nullable Long unitId;

	private String name = "";

	private CampaignKind kind = CampaignKind.ANNUAL;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate periodFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate periodTo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate collectiveDeadline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate individualDeadline;

	private List<String> taxonomies = new ArrayList<>();

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public CampaignKind getKind() {
		return kind;
	}

	public void setKind(@Nullable CampaignKind kind) {
		this.kind = kind == null ? CampaignKind.ANNUAL : kind;
	}

	public @Nullable LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(@Nullable LocalDate periodFrom) {
		this.periodFrom = periodFrom;
	}

	public @Nullable LocalDate getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(@Nullable LocalDate periodTo) {
		this.periodTo = periodTo;
	}

	public @Nullable LocalDate getCollectiveDeadline() {
		return collectiveDeadline;
	}

	public void setCollectiveDeadline(@Nullable LocalDate collectiveDeadline) {
		this.collectiveDeadline = collectiveDeadline;
	}

	public @Nullable LocalDate getIndividualDeadline() {
		return individualDeadline;
	}

	public void setIndividualDeadline(@Nullable LocalDate individualDeadline) {
		this.individualDeadline = individualDeadline;
	}

	public List<String> getTaxonomies() {
		return taxonomies;
	}

	public void setTaxonomies(@Nullable List<String> taxonomies) {
		this.taxonomies = taxonomies == null ? new ArrayList<>() : taxonomies;
	}
}
