package io.jiayi.directory;

import java.util.Optional;

import io.jiayi.common.error.ProblemCode;

/**
 * Where an institution may stand in the district's tiers: branches and stations belong to a
 * community centre, everything else stands alone, and each street is served by one centre.
 */
public final class InstitutionPlacement {

    /** Why a placement is refused, with the problem code the API answers. */
    public sealed interface Rejection {
        ProblemCode code();
    }

    public record ParentRequired(InstitutionType type) implements Rejection {
        public ProblemCode code() {
            return ProblemCode.INVALID_INSTITUTION_PARENT;
        }
    }

    public record ParentNotACentre(InstitutionType parentType) implements Rejection {
        public ProblemCode code() {
            return ProblemCode.INVALID_INSTITUTION_PARENT;
        }
    }

    public record ParentNotAllowed(InstitutionType type) implements Rejection {
        public ProblemCode code() {
            return ProblemCode.INVALID_INSTITUTION_PARENT;
        }
    }

    public record StreetAlreadyServed(String servingCentre) implements Rejection {
        public ProblemCode code() {
            return ProblemCode.STREET_ALREADY_SERVED;
        }
    }

    private InstitutionPlacement() {
    }

    /**
     * @param type the new institution's type
     * @param parentType the type of the parent named, or {@code null} when none is
     * @param centreServingStreet name of the centre already serving the street named, or {@code null}
     */
    public static Optional<Rejection> check(InstitutionType type, InstitutionType parentType, String centreServingStreet) {
        if (type.belongsToCentre() && parentType == null) {
            return Optional.of(new ParentRequired(type));
        }
        if (type.belongsToCentre() && parentType != InstitutionType.COMMUNITY_CENTRE) {
            return Optional.of(new ParentNotACentre(parentType));
        }
        if (!type.belongsToCentre() && parentType != null) {
            return Optional.of(new ParentNotAllowed(type));
        }
        if (type == InstitutionType.COMMUNITY_CENTRE && centreServingStreet != null) {
            return Optional.of(new StreetAlreadyServed(centreServingStreet));
        }
        return Optional.empty();
    }
}
