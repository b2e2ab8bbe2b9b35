package org.ccmcoach.core.testing;

import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.CoachRole;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.ProgramId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid core values for property tests, shared with other modules through the
 * test jar. Each covers the edges of its type's rules: 1- and 64-character ids, the poles and
 * the antimeridian, the 200-character limits, empty and full collections.
 */
public final class CoreArbitraries {

    private static final char[] ID_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] ID_REST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-".toCharArray();

    private CoreArbitraries() {
    }

    /** Identifier texts of 1 to 64 characters in the documented format. */
    public static Arbitrary<String> idTexts() {
        return Combinators.combine(
                Arbitraries.chars().with(ID_START),
                Arbitraries.strings().withChars(ID_REST).ofMinLength(0).ofMaxLength(63))
                .as((first, rest) -> first + rest);
    }

    public static Arbitrary<PracticeId> practiceIds() {
        return idTexts().map(PracticeId::of);
    }

    public static Arbitrary<CoachId> coachIds() {
        return idTexts().map(CoachId::of);
    }

    public static Arbitrary<ProgramId> programIds() {
        return idTexts().map(ProgramId::of);
    }

    /**
     * Non-blank text of at most 200 characters, any unicode but what names refuse: control characters
     * (Unicode category Cc) and bidirectional embeddings, overrides and isolates.
     */
    public static Arbitrary<String> names() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200).filter(s -> !s.isBlank() && plain(s));
    }

    /** No control character (Unicode category Cc) and no bidirectional embedding, override or isolate. */
    private static boolean plain(String s) {
        return s.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    public static Arbitrary<GeoPoint> geoPoints() {
        return Combinators.combine(
                Arbitraries.doubles().between(-90, 90).withSpecialValue(-90.0).withSpecialValue(90.0),
                Arbitraries.doubles().between(-180, 180).withSpecialValue(-180.0).withSpecialValue(180.0))
                .as(GeoPoint::of);
    }

    /** Lower-case keys as attribute keys and expertise areas use them. */
    public static Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
    }

    public static Arbitrary<Practice> practices() {
        return Combinators.combine(
                practiceIds(), names(), names(),
                geoPoints().optional(),
                Arbitraries.integers().between(1, 100_000).optional(),
                Arbitraries.integers().between(0, 500).optional(),
                Arbitraries.maps(keys(), Arbitraries.strings().ofMaxLength(200).filter(CoreArbitraries::plain)).ofMaxSize(4))
                .as((id, name, org, location, panel, clinicians, attributes) -> {
                    Practice.Builder b = Practice.builder().id(id).name(name).organization(org)
                            .location(location).attributes(attributes);
                    panel.ifPresent(b::panelSize);
                    clinicians.ifPresent(b::clinicianCount);
                    return b.build();
                });
    }

    public static Arbitrary<Coach> coaches() {
        return Combinators.combine(
                coachIds(), names(),
                Arbitraries.doubles().between(0, false, 1, true).withSpecialValue(1.0).withSpecialValue(Double.MIN_VALUE),
                Arbitraries.of(CoachRole.class).set().ofMaxSize(8),
                keys().set().ofMaxSize(5),
                geoPoints().optional())
                .as((id, name, fte, roles, expertise, home) -> Coach.builder().id(id).name(name).fte(fte)
                        .roles(roles).expertise(expertise).homeLocation(home).build());
    }
}
