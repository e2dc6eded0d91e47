package vn.xdd.organization;

/** Founds a unit (thành lập) under a parent of the tree. */
public interface OrgUnitFounding {

	OrgUnitSummary create(NewOrgUnit unit);
}
