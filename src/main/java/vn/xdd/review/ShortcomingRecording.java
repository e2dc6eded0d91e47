package vn.xdd.review;

/** Entering a shortcoming into the register, by one whose roles allow recording for its holder. */
public interface ShortcomingRecording {

	ShortcomingId record(NewShortcoming item);
}
