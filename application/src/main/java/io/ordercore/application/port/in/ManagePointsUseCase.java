package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import java.util.List;

/**
 * Points of sale. Supervisors and administrators create and edit points and assign their
 * managers; site managers see all; a point manager sees only their own point.
 */
public interface ManagePointsUseCase {

    Point create(Caller caller, PointForm form);

    Point update(Caller caller, PointId id, PointForm form);

    List<Point> list(Caller caller);

    Point get(Caller caller, PointId id);

    /** Makes the account a point manager of the point (any earlier role or point is replaced). */
    AccountView assignManager(Caller caller, PointId point, AccountId account);

    /** A point as entered. */
    record PointForm(String name, String address, String contacts, String description) {
    }
}
