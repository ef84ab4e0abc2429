package io.ordercore.application.service;

import io.ordercore.application.port.in.CallOrderForm;
import io.ordercore.application.port.in.PlaceCallOrderUseCase;
import io.ordercore.application.port.out.Catalog;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.PhoneNumbers;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CatalogVisibility;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Client;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.order.OrderedCallType;
import io.ordercore.domain.order.Recipient;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.CountryCode;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.PhoneNumber;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.workflow.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

final class PlaceCallOrderService implements PlaceCallOrderUseCase {

    private final Orders orders;
    private final Catalog catalog;
    private final Ids ids;
    private final PhoneNumbers phoneNumbers;
    private final Transactions transactions;
    private final Clock clock;

    PlaceCallOrderService(Orders orders, Catalog catalog, Ids ids, PhoneNumbers phoneNumbers, Transactions transactions,
                          Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.ids = ids;
        this.phoneNumbers = phoneNumbers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Order place(CallOrderForm form) {
        // One transaction: the call type cannot be frozen between the check and the insert.
        return transactions.inTransaction(() -> {
            Validation v = new Validation();
            CallType callType = v.require("callTypeId", form.callTypeId()) ? orderable(form.callTypeId(), v) : null;
            CallOrderDetails details = check(form, callType, v);
            v.throwIfInvalid();
            Order order = Order.place(ids.nextOrderId(), details, OrderPrice.undiscounted(callType.price()),
                    Actor.client(details.client().email().value()), clock);
            return orders.save(order);
        });
    }

    private CallOrderDetails check(CallOrderForm f, CallType callType, Validation v) {
        String clientName = v.check("clientName", () -> Text.required(f.clientName(), FormInputs.MAX_NAME));
        Email email = v.require("clientEmail", f.clientEmail()) ? v.check("clientEmail", () -> Email.of(f.clientEmail())) : null;
        String recipientName = v.check("recipientName", () -> Text.required(f.recipientName(), FormInputs.MAX_NAME));
        CountryCode country = v.require("recipientCountry", f.recipientCountry())
                ? v.check("recipientCountry", () -> CountryCode.of(f.recipientCountry())) : null;
        PhoneNumber phone = null;
        if (v.require("recipientPhone", f.recipientPhone())) {
            phone = phoneNumbers.normalize(f.recipientPhone(), country).orElse(null);
            if (phone == null) {
                v.reject("recipientPhone", "INVALID_PHONE", country == null
                        ? "is not a valid phone number; start with + and the country code"
                        : "is not a valid phone number for " + country + " or in international format");
            }
        }
        String city = v.check("recipientCity", () -> Text.required(f.recipientCity(), FormInputs.MAX_NAME));
        CallWindow window = FormInputs.bookableWindow(v, f.callDate(), f.windowStart(), f.windowEnd(), clock);
        OperatorGender preferred = v.checkOptional("preferredGender", f.preferredGender(),
                raw -> Choices.parse(OperatorGender.class, raw)).orElse(OperatorGender.ANY);
        String wishes = v.check("wishes", () -> Text.optional(f.wishes(), CallOrderDetails.MAX_WISHES));
        if (!Boolean.TRUE.equals(f.consent())) {
            v.reject("consent", "CONSENT_REQUIRED", "the terms and the privacy policy must be accepted");
        }
        Optional<String> coupon = v.checkOptional("couponCode", f.couponCode(), FormInputs::couponCode);
        if (v.hasErrors()) {
            return null;
        }
        return new CallOrderDetails(new Client(clientName, email), new Recipient(recipientName, phone, country, city),
                new OrderedCallType(callType.id(), callType.name()), window, preferred, Optional.ofNullable(wishes), Boolean.TRUE.equals(f.anonymous()),
                clock.instant().truncatedTo(ChronoUnit.MICROS), coupon);
    }

    private CallType orderable(long rawId, Validation v) {
        Optional<CallType> callType = rawId > 0 ? catalog.callType(new CallTypeId(rawId)) : Optional.empty();
        Optional<Category> category = callType.flatMap(ct -> catalog.category(ct.categoryId()));
        if (callType.isEmpty() || category.isEmpty() || !CatalogVisibility.orderable(callType.get(), category.get())) {
            v.reject("callTypeId", "CALL_TYPE_UNAVAILABLE", "no call type with this id can be ordered");
            return null;
        }
        return callType.get();
    }
}
