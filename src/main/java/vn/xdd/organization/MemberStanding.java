package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * Where a member stood on a day, as other modules judge him (discipline: which forms fit him, which
 * body may decide; cadre work: whom a post may go to): his status, his chapter and the posts he held.
 *
 * @param status the status on the day, or null before his admission
 * @param chapter the chapter he belonged to on the day, or null when he belonged to none
 * @param name his full name
 */
public record MemberStanding(MemberId member, String name, @Nullable MemberStatus status, @Nullable OrgUnitId chapter,
		List<Post> posts) {

	public MemberStanding {
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(name, "name");
		posts = List.copyOf(posts);
	}

	/** A post held on the day: in which unit, its title and whether it is a party or a government post. */
	public record Post(OrgUnitId unit, String title, PositionKind kind, LocalDate from) {

		public Post {
			Objects.requireNonNull(unit, "unit");
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(from, "from");
		}
	}

	/** Whether he held any post, party or government, on the day. */
	public boolean holdsPost() {
		return !posts.isEmpty();
	}

	/** Whether he sat on the committee of his own chapter (a party post in it) on the day. */
	public boolean committeeOfOwnChapter() {
		return chapter != null && posts.stream().anyMatch(p -> p.kind() == PositionKind.PARTY && p.unit().equals(chapter));
	}

	public boolean probationary() {
		return status == MemberStatus.PROBATIONARY;
	}
}
