package io.ordercore.application.service;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManagePointsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Points;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Optional;

final class ManagePointsService implements ManagePointsUseCase {

    private static final Role[] EDITORS = {Role.ADMIN, Role.SUPERVISOR};
    private static final Role[] READERS = {Role.ADMIN, Role.SUPERVISOR, Role.SITE_MANAGER, Role.POINT_MANAGER};

    private final Points points;
    private final Accounts accounts;
    private final Ids ids;
    private final AuditTrail audit;

    ManagePointsService(Points points, Accounts accounts, Ids ids, AuditTrail audit) {
        this.points = points;
        this.accounts = accounts;
        this.ids = ids;
        this.audit = audit;
    }

    @Override
    public Point create(Caller caller, PointForm form) {
        return audit.record(caller, "point.create", p -> "point:" + p.id(), "point:new", () -> {
            Permissions.require(caller, EDITORS);
            Point point = checked(ids.nextPointId(), form);
            points.save(point);
            return point;
        });
    }

    @Override
    public Point update(Caller caller, PointId id, PointForm form) {
        return audit.record(caller, "point.update", "point:" + id, () -> {
            Permissions.require(caller, EDITORS);
            points.find(id).orElseThrow(() -> new NotFoundException("Point", id));
            Point point = checked(id, form);
            points.save(point);
            return point;
        });
    }

    @Override
    public List<Point> list(Caller caller) {
        Permissions.require(caller, READERS);
        if (caller instanceof Caller.SignedIn s && s.role() == Role.POINT_MANAGER) {
            return s.point().flatMap(points::find).map(List::of).orElse(List.of());
        }
        return points.list();
    }

    @Override
    public Point get(Caller caller, PointId id) {
        Permissions.require(caller, READERS);
        Optional<Point> found = points.find(id);
        if (caller instanceof Caller.SignedIn s && s.role() == Role.POINT_MANAGER) {
            found = found.filter(p -> s.point().filter(p.id()::equals).isPresent());
        }
        return found.orElseThrow(() -> new NotFoundException("Point", id));
    }

    @Override
    public AccountView assignManager(Caller caller, PointId point, AccountId accountId) {
        return audit.record(caller, "point.assign-manager", "account:" + accountId, () -> {
            Permissions.require(caller, EDITORS);
            points.find(point).orElseThrow(() -> new NotFoundException("Point", point));
            Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
            if (account.role() == Role.ADMIN || account.role() == Role.SUPERVISOR) {
                throw new AccessDeniedException("An " + account.role() + " cannot be made a point manager here; an administrator changes roles");
            }
            account.assign(Role.POINT_MANAGER, Optional.of(point));
            return AccountView.of(accounts.save(account));
        });
    }

    private static Point checked(PointId id, PointForm form) {
        Validation v = new Validation();
        String name = v.check("name", () -> Text.required(form.name(), Point.MAX_NAME));
        String address = v.check("address", () -> Text.required(form.address(), Point.MAX_ADDRESS));
        String contacts = v.check("contacts", () -> Text.required(form.contacts(), Point.MAX_CONTACTS));
        String description = v.check("description", () -> Text.optional(form.description(), Point.MAX_DESCRIPTION));
        v.throwIfInvalid();
        return new Point(id, name, address, contacts, Optional.ofNullable(description));
    }
}
