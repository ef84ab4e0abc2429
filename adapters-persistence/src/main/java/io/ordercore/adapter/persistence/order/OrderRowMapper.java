package io.ordercore.adapter.persistence.order;

import io.ordercore.adapter.persistence.support.SearchKeys;
import io.ordercore.adapter.persistence.support.ValueMappings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Client;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.order.OrderedCallType;
import io.ordercore.domain.order.Recipient;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.PhoneNumber;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Orders between domain and rows. Flattening (snapshot to row) is generated; rebuilding the
 * nested value objects goes through their own constructors, so every stored value is checked
 * again on the way in.
 */
@Mapper(uses = ValueMappings.class, imports = {SearchKeys.class, AccountId.class, PointId.class})
public interface OrderRowMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "clientName", source = "details.client.name")
    @Mapping(target = "clientNameKey", expression = "java(SearchKeys.of(snapshot.details().client().name()))")
    @Mapping(target = "clientEmail", source = "details.client.email")
    @Mapping(target = "recipientName", source = "details.recipient.name")
    @Mapping(target = "recipientNameKey", expression = "java(SearchKeys.of(snapshot.details().recipient().name()))")
    @Mapping(target = "recipientPhone", source = "details.recipient.phone")
    @Mapping(target = "recipientCountry", source = "details.recipient.country")
    @Mapping(target = "recipientCity", source = "details.recipient.city")
    @Mapping(target = "callTypeId", source = "details.callType.id.value")
    @Mapping(target = "callTypeName", source = "details.callType.name")
    @Mapping(target = "windowStart", expression = "java(snapshot.details().window().startsAt())")
    @Mapping(target = "windowEnd", expression = "java(snapshot.details().window().endsAt())")
    @Mapping(target = "preferredGender", source = "details.preferredGender")
    @Mapping(target = "wishes", source = "details.wishes")
    @Mapping(target = "anonymous", source = "details.anonymous")
    @Mapping(target = "consentedAt", source = "details.consentedAt")
    @Mapping(target = "couponCode", expression = "java(snapshot.price().coupon().map(c -> c.code().value()).orElse(null))")
    @Mapping(target = "couponKind", expression = "java(snapshot.price().coupon().map(c -> c.kind().name()).orElse(null))")
    @Mapping(target = "couponPercent", expression = "java(snapshot.price().coupon().map(c -> c.percent()).orElse(null))")
    @Mapping(target = "firstPaidAt", expression = "java(snapshot.firstPaidAt().orElse(null))")
    @Mapping(target = "priceMinor", source = "price.price.minor")
    @Mapping(target = "discountMinor", source = "price.discount.minor")
    @Mapping(target = "currency", source = "price.price.currency")
    @Mapping(target = "ownerAccountId", expression = "java(snapshot.owner().map(AccountId::value).orElse(null))")
    @Mapping(target = "pointId", expression = "java(snapshot.point().map(PointId::value).orElse(null))")
    @Mapping(target = "operatorId", expression = "java(snapshot.operator().map(AccountId::value).orElse(null))")
    OrderRow toRow(OrderSnapshot snapshot);

    @Mapping(target = "id", expression = "java(new OrderHistoryKey(orderId.value(), entry.seq()))")
    @Mapping(target = "happenedAt", source = "entry.at")
    @Mapping(target = "actorKind", source = "entry.actor.kind")
    @Mapping(target = "actorId", source = "entry.actor.id")
    @Mapping(target = "fromStatus", expression = "java(entry.from().map(Enum::name).orElse(null))")
    @Mapping(target = "toStatus", source = "entry.to")
    OrderHistoryRow toRow(OrderId orderId, OrderHistoryEntry entry);

    default List<OrderHistoryRow> toRows(OrderId orderId, List<OrderHistoryEntry> entries) {
        return entries.stream().map(entry -> toRow(orderId, entry)).toList();
    }

    default OrderSnapshot toSnapshot(OrderRow row, List<OrderHistoryRow> history) {
        Currency currency = Currency.getInstance(row.currency());
        CallOrderDetails details = new CallOrderDetails(
                new Client(row.clientName(), new Email(row.clientEmail())),
                new Recipient(row.recipientName(), new PhoneNumber(row.recipientPhone()),
                        new CountryCode(row.recipientCountry()), row.recipientCity()),
                new OrderedCallType(new CallTypeId(row.callTypeId()), row.callTypeName()),
                CallWindow.between(row.windowStart(), row.windowEnd()),
                OperatorGender.valueOf(row.preferredGender()),
                Optional.ofNullable(row.wishes()),
                row.anonymous(),
                row.consentedAt());
        Optional<AppliedCoupon> coupon = Optional.ofNullable(row.couponCode()).map(code ->
                new AppliedCoupon(new CouponCode(code), CouponKind.valueOf(row.couponKind()), row.couponPercent()));
        OrderPrice price = new OrderPrice(Money.ofMinor(row.priceMinor(), currency), Money.ofMinor(row.discountMinor(), currency),
                coupon);
        return new OrderSnapshot(new OrderId(row.id()), OrderStatus.valueOf(row.status()),
                Optional.ofNullable(row.ownerAccountId()).map(AccountId::new),
                Optional.ofNullable(row.pointId()).map(PointId::new),
                Optional.ofNullable(row.operatorId()).map(AccountId::new), details, price,
                row.createdAt(), row.updatedAt(), Optional.ofNullable(row.firstPaidAt()), row.version(),
                history.stream().map(this::toEntry).toList());
    }

    default OrderHistoryEntry toEntry(OrderHistoryRow row) {
        return new OrderHistoryEntry(row.id().seq(), row.happenedAt(),
                new Actor(ActorKind.valueOf(row.actorKind()), row.actorId()),
                OrderHistoryEntry.Kind.valueOf(row.kind()),
                Optional.ofNullable(row.fromStatus()).map(OrderStatus::valueOf),
                OrderStatus.valueOf(row.toStatus()),
                Optional.ofNullable(row.reason()));
    }
}
