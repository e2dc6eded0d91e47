package vn.xdd.classification;

/** Whether the current user reads classification anywhere: the menu shows ‘Đánh giá, xếp loại’ then. */
public interface ClassificationReaders {

	boolean readsAnywhere();
}
