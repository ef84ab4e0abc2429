package io.ordercore.application.service;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.RegisterUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Partners;
import io.ordercore.application.port.out.PasswordHasher;
import io.ordercore.application.port.out.Points;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.PasswordPolicy;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.ReferralCode;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;
import java.util.Optional;

final class RegisterService implements RegisterUseCase {

    private final Accounts accounts;
    private final Points points;
    private final Ids ids;
    private final PasswordHasher hasher;
    private final Partners partners;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    RegisterService(Accounts accounts, Points points, Ids ids, PasswordHasher hasher, Partners partners,
                    Notices notices, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.points = points;
        this.ids = ids;
        this.hasher = hasher;
        this.partners = partners;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AccountView register(RegistrationForm form) {
        Validation v = new Validation();
        Email email = v.require("email", form.email()) ? v.check("email", () -> Email.of(form.email())) : null;
        String name = v.check("name", () -> Text.required(form.name(), Account.MAX_NAME));
        if (v.require("password", form.password())) {
            v.verify(() -> PasswordPolicy.check(form.password(), email));
        }
        Language language = v.checkOptional("language", form.language(), raw -> Choices.parse(Language.class, raw))
                .orElse(Language.RU);
        Optional<PointId> point = AccountForms.point(v, form.pointId(), points);
        Optional<AccountId> partner = v.checkOptional("referralCode", form.referralCode(), ReferralCode::parse)
                .flatMap(code -> {
                    Optional<AccountId> found = partners.findByCode(code).map(Partner::account);
                    if (found.isEmpty()) {
                        v.reject("referralCode", "UNKNOWN_REFERRAL_CODE", "no partner has this code");
                    }
                    return found;
                });
        v.throwIfInvalid();
        return audit.record(Caller.anonymous(), "account.register", a -> "account:" + a.id(), "login:" + email, () -> {
            PointId at = point.orElseGet(() -> points.defaultPoint().map(Point::id)
                    .orElseThrow(() -> new IllegalStateException("no point of sale exists; create one first")));
            Account saved = accounts.save(Account.open(ids.nextAccountId(), email, name, Role.CLIENT, Optional.of(at),
                    hasher.hash(form.password()), language, clock.instant()));
            partner.ifPresent(p -> partners.attribute(saved.id(), p, saved.createdAt()));
            notices.accountCreated(saved, null);
            return AccountView.of(saved);
        });
    }
}
