package io.ordercore.adapter.persistence.account;

import io.ordercore.adapter.persistence.support.ValueMappings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.AccountSnapshot;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Email;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Accounts and points between domain and rows. */
@Mapper(uses = ValueMappings.class, imports = PointId.class)
public interface AccountRowMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "pointId", expression = "java(snapshot.point().map(PointId::value).orElse(null))")
    @Mapping(target = "lockedUntil", expression = "java(snapshot.lockedUntil().orElse(null))")
    AccountRow toRow(AccountSnapshot snapshot);

    default AccountSnapshot toSnapshot(AccountRow row) {
        return new AccountSnapshot(new AccountId(row.id()), new Email(row.email()), row.name(), Role.valueOf(row.role()),
                Optional.ofNullable(row.pointId()).map(PointId::new), row.passwordHash(), row.credentialsVersion(),
                row.failedSignIns(), Optional.ofNullable(row.lockedUntil()), row.blocked(),
                Language.valueOf(row.language()), row.createdAt(), row.version());
    }

    @Mapping(target = "id", source = "id.value")
    PointRow toRow(Point point);

    default Point toPoint(PointRow row) {
        return new Point(new PointId(row.id()), row.name(), row.address(), row.contacts(),
                Optional.ofNullable(row.description()));
    }
}
