package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Settings;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.coupon.RepeatOrderReward;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import io.ordercore.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class ManageCouponsService implements ManageCouponsUseCase {

    private static final Role[] EDITORS = {Role.ADMIN, Role.SITE_MANAGER};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Coupons coupons;
    private final Accounts accounts;
    private final Settings settings;
    private final Ids ids;
    private final PaidOrders paidOrders;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    ManageCouponsService(Coupons coupons, Accounts accounts, Settings settings, Ids ids, PaidOrders paidOrders,
                         Notices notices, AuditTrail audit, Clock clock) {
        this.coupons = coupons;
        this.accounts = accounts;
        this.settings = settings;
        this.ids = ids;
        this.paidOrders = paidOrders;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public GeneratedGroup generate(Caller caller, GenerateForm form) {
        return audit.record(caller, "coupon.group.generate", g -> "coupon-group:" + g.group().id(), "coupon-group:new", () -> {
            Permissions.require(caller, EDITORS);
            Validation v = new Validation();
            CouponKind kind = v.checkOptional("kind", form.kind(), raw -> Choices.parse(CouponKind.class, raw))
                    .orElse(CouponKind.PERCENT);
            if (kind != CouponKind.PERCENT && kind != CouponKind.FULL) {
                v.reject("kind", "INVALID_CHOICE", "groups hold PERCENT or FULL coupons");
            }
            int percent = kind == CouponKind.FULL ? 100 : percent(v, form.percent());
            Integer count = form.count();
            if (!v.require("count", count)) {
                count = 0;
            } else if (count < 1 || count > CouponGroup.MAX_COUNT) {
                v.reject("count", "OUT_OF_RANGE", "must be 1.." + CouponGroup.MAX_COUNT);
            }
            String comment = v.check("comment", () -> Text.required(form.comment(), CouponGroup.MAX_COMMENT));
            Optional<Instant> expires = expiry(v, form.expiresOn());
            v.throwIfInvalid();
            Instant now = now();
            CouponGroup group = new CouponGroup(ids.nextCouponGroupId(), kind, percent, comment, expires, now, count);
            coupons.saveGroup(group);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                codes.add(insertFresh(id -> Coupon.unused(id, CouponCode.random(RANDOM), kind, percent,
                        Optional.of(group.id()), Optional.empty(), expires, Optional.empty(), Optional.empty(), now))
                        .code().value());
            }
            return new GeneratedGroup(group, codes);
        });
    }

    @Override
    public Coupon createSuper(Caller caller, SuperForm form) {
        return audit.record(caller, "coupon.super.create", c -> "coupon:" + c.code(), "coupon:new", () -> {
            Permissions.require(caller, EDITORS);
            Validation v = new Validation();
            Optional<CouponCode> code = v.checkOptional("code", form.code(), CouponCode::parse);
            int percent = percent(v, form.percent());
            if (form.limit() != null && form.limit() < 1) {
                v.reject("limit", "OUT_OF_RANGE", "must be at least 1");
            }
            Optional<Instant> expires = expiry(v, form.expiresOn());
            v.throwIfInvalid();
            Instant now = now();
            if (code.isEmpty()) {
                return insertFresh(id -> superCoupon(id, CouponCode.random(RANDOM), percent, form.limit(), expires, now));
            }
            Coupon chosen = superCoupon(ids.nextCouponId(), code.get(), percent, form.limit(), expires, now);
            if (coupons.insert(chosen) != Coupons.Insert.INSERTED) {
                throw ValidationException.of("code", "DUPLICATE", "another coupon has this code");
            }
            return chosen;
        });
    }

    @Override
    public List<CouponGroupSummary> groups(Caller caller) {
        Permissions.require(caller, EDITORS);
        return coupons.groups();
    }

    @Override
    public List<Coupon> list(Caller caller, CouponListForm form) {
        Permissions.require(caller, EDITORS);
        Validation v = new Validation();
        Optional<CouponGroupId> group = v.checkOptional("groupId", form.groupId(), raw -> new CouponGroupId(positive(raw)));
        Optional<CouponKind> kind = v.checkOptional("kind", form.kind(), raw -> Choices.parse(CouponKind.class, raw));
        Optional<Boolean> used = v.checkOptional("used", form.used(), ManageCouponsService::bool);
        Optional<Email> client = v.checkOptional("clientEmail", form.clientEmail(), Email::of);
        Optional<Long> after = v.checkOptional("afterId", form.afterId(), ManageCouponsService::positive);
        int limit = v.checkOptional("limit", form.limit(), raw -> {
            long value = positive(raw);
            if (value > 1000) {
                throw ValidationException.of("limit", "OUT_OF_RANGE", "must be 1..1000");
            }
            return (int) value;
        }).orElse(100);
        Optional<String> codePrefix = v.checkOptional("code", form.code(), ManageCouponsService::codePrefix);
        v.throwIfInvalid();
        Optional<AccountId> clientId = client.flatMap(accounts::findByEmail).map(Account::id);
        if (client.isPresent() && clientId.isEmpty()) {
            return List.of();
        }
        return coupons.list(new CouponListQuery(group, kind, used, codePrefix, clientId, after, limit));
    }

    /** The start of a code as typed loosely; letters and digits only, so that no store reads a wildcard in it. */
    private static String codePrefix(String raw) {
        String prefix = raw.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (!prefix.matches("[A-Z0-9]{0,64}")) {
            throw ValidationException.of("code", "INVALID_COUPON_CODE", "must be the start of a code: letters and digits");
        }
        return prefix;
    }

    private static long positive(String raw) {
        try {
            long value = Long.parseLong(raw.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.of("value", "NOT_A_NUMBER", "must be a positive whole number");
    }

    private static boolean bool(String raw) {
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw ValidationException.of("used", "INVALID_CHOICE", "must be true or false");
        };
    }

    @Override
    public int deleteCodes(Caller caller, List<String> codes) {
        return audit.record(caller, "coupon.delete", "coupons:" + codes.size(), () -> {
            Permissions.require(caller, EDITORS);
            if (codes.isEmpty() || codes.size() > CouponGroup.MAX_COUNT) {
                throw ValidationException.of("codes", "OUT_OF_RANGE", "give 1.." + CouponGroup.MAX_COUNT + " codes");
            }
            List<CouponId> found = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String raw : codes) {
                Optional<Coupon> coupon = parsed(raw).flatMap(coupons::findByCode);
                coupon.ifPresentOrElse(c -> found.add(c.id()), () -> unknown.add(raw));
            }
            if (!unknown.isEmpty()) {
                throw ValidationException.of("codes", "UNKNOWN_CODES", "no coupon has the codes " + unknown);
            }
            return coupons.delete(found);
        });
    }

    @Override
    public int deleteGroup(Caller caller, CouponGroupId group) {
        return audit.record(caller, "coupon.group.delete", "coupon-group:" + group, () -> {
            Permissions.require(caller, EDITORS);
            coupons.group(group).orElseThrow(() -> new NotFoundException("Coupon group", group));
            return coupons.deleteGroup(group);
        });
    }

    @Override
    public int deleteRandomUnused(Caller caller, CouponGroupId group, int count) {
        return audit.record(caller, "coupon.group.delete-random", "coupon-group:" + group, () -> {
            Permissions.require(caller, EDITORS);
            if (count < 1 || count > CouponGroup.MAX_COUNT) {
                throw ValidationException.of("count", "OUT_OF_RANGE", "must be 1.." + CouponGroup.MAX_COUNT);
            }
            coupons.group(group).orElseThrow(() -> new NotFoundException("Coupon group", group));
            return coupons.deleteRandomUnused(group, count, RANDOM).size();
        });
    }

    @Override
    public Coupon send(Caller caller, String code, String email) {
        String target = "coupon:" + parsed(code).map(CouponCode::value).orElse(String.valueOf(code));
        return audit.record(caller, "coupon.send", target, () -> {
            Permissions.require(caller, EDITORS);
            Validation v = new Validation();
            Optional<CouponCode> parsed = v.require("code", code) ? Optional.ofNullable(v.check("code", () -> CouponCode.parse(code)))
                    : Optional.empty();
            Email to = v.require("email", email) ? v.check("email", () -> Email.of(email)) : null;
            v.throwIfInvalid();
            Coupon coupon = coupons.findByCode(parsed.orElseThrow()).orElseThrow(() -> new NotFoundException("Coupon", code));
            Optional<Account> account = accounts.findByEmail(to);
            if (coupon.kind() == CouponKind.REPEAT_ORDER && account.map(Account::id).filter(coupon.holder().get()::equals).isEmpty()) {
                throw ValidationException.of("email", "NOT_THE_HOLDER",
                        "a repeat-order coupon belongs to the client who earned it; it can be sent to them only");
            }
            // A super coupon is shared by many clients: e-mailing it names no holder.
            Optional<Account> holder = account.filter(a -> coupon.kind() != CouponKind.SUPER);
            holder.ifPresent(a -> coupons.setHolder(coupon.id(), a.id()));
            notices.couponSent(to, account.map(Account::language).orElse(Language.RU),
                    account.map(Account::name).orElse(to.value()), coupon);
            return holder.map(a -> coupon.heldBy(a.id())).orElse(coupon);
        });
    }

    @Override
    public int repeatOrderPercent(Caller caller) {
        Permissions.require(caller, EDITORS);
        return paidOrders.repeatPercent();
    }

    @Override
    public void setRepeatOrderPercent(Caller caller, int percent) {
        audit.record(caller, "coupon.repeat-order.percent", "setting:" + PaidOrders.REPEAT_PERCENT, () -> {
            Permissions.require(caller, EDITORS);
            settings.put(PaidOrders.REPEAT_PERCENT, String.valueOf(RepeatOrderReward.checkPercent(percent)));
        });
    }

    private Coupon insertFresh(java.util.function.Function<CouponId, Coupon> make) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Coupon coupon = make.apply(ids.nextCouponId());
            if (coupons.insert(coupon) == Coupons.Insert.INSERTED) {
                return coupon;
            }
        }
        throw new IllegalStateException("no free coupon code after 5 draws");
    }

    private static Coupon superCoupon(CouponId id, CouponCode code, int percent, Integer limit, Optional<Instant> expires,
                                      Instant now) {
        return Coupon.unused(id, code, CouponKind.SUPER, percent, Optional.empty(), Optional.empty(), expires,
                Optional.ofNullable(limit), Optional.empty(), now);
    }

    private static int percent(Validation v, Integer percent) {
        if (!v.require("percent", percent)) {
            return 1;
        }
        if (percent < 1 || percent > 99) {
            v.reject("percent", "OUT_OF_RANGE", "must be 1..99");
            return 1;
        }
        return percent;
    }

    /** "Valid until that day ends", Moscow time; the day may not have passed. */
    private Optional<Instant> expiry(Validation v, String expiresOn) {
        return v.checkOptional("expiresOn", expiresOn, raw -> {
            LocalDate day = FormInputs.parseDate(raw);
            if (day.isBefore(MoscowTime.today(clock))) {
                throw ValidationException.of("expiresOn", "DATE_IN_PAST", "must be today or later");
            }
            return day.plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant();
        });
    }

    private static Optional<CouponCode> parsed(String raw) {
        try {
            return Optional.of(CouponCode.parse(raw));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
