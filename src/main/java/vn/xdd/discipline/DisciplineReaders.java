package vn.xdd.discipline;

/** Whether the signed-in user reads discipline cases somewhere (the menu shows ‘Kỷ luật đảng’ then). */
public interface DisciplineReaders {

	boolean readsAnywhere();
}
