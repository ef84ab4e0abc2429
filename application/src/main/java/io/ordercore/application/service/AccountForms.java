package io.ordercore.application.service;

import io.ordercore.application.port.out.Points;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Validation;
import java.util.Optional;

/** Checks shared by the forms that open or change accounts. */
final class AccountForms {

    private AccountForms() {
    }

    /** The point named by a form, when one is named; an unknown one is a field error. */
    static Optional<PointId> point(Validation v, Long raw, Points points) {
        if (raw == null) {
            return Optional.empty();
        }
        if (raw <= 0 || points.find(new PointId(raw)).isEmpty()) {
            v.reject("pointId", "UNKNOWN_POINT", "no point with this id");
            return Optional.empty();
        }
        return Optional.of(new PointId(raw));
    }
}
