package io.ordercore.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.shared.Email;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No password, password hash or token ever shows in a log line, in a response that did not issue
 * it, or in the audit log: checked over sign-in (right and wrong), registration, inline
 * registration and sign-in with an order, a password change and an impersonation.
 *
 * <p>Logs are captured at the service's level (INFO) with ordercore's own code, Micronaut Security,
 * the HTTP server and the router at TRACE. Not io.micronaut.context.event: at DEBUG, Micronaut
 * prints every event it publishes, and Security's TokenValidatedEvent carries the token, so the
 * service must never run that logger below INFO.
 */
@MicronautTest
class SecretsDoNotLeakTest {

    private static final String PASSWORD = "amber-falcon-meadow";
    private static final String NEW_PASSWORD = "copper-willow-thunder";
    private static final String WRONG_PASSWORD = "guessing-the-password";

    private final Api api;
    private final Fixtures fixtures;
    private final Sessions sessions;
    private final InMemoryCore memory;
    private static final List<String> VERBOSE = List.of("io.ordercore", "io.micronaut.security",
            "io.micronaut.http.server", "io.micronaut.web.router");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Map<String, Level> levels = new HashMap<>();

    SecretsDoNotLeakTest(Api api, Fixtures fixtures, Sessions sessions, InMemoryCore memory) {
        this.api = api;
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.memory = memory;
    }

    @BeforeEach
    void captureTheLogs() {
        levels.put(org.slf4j.Logger.ROOT_LOGGER_NAME, root.getLevel());
        root.setLevel(Level.INFO);
        for (String name : VERBOSE) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
    }

    @Test
    void noSecretReachesLogsResponsesOrTheAudit() {
        List<Reply> replies = new ArrayList<>();
        Set<String> passwords = new LinkedHashSet<>(List.of(PASSWORD, NEW_PASSWORD, WRONG_PASSWORD));
        Set<String> hashes = new LinkedHashSet<>();
        Set<String> tokens = new LinkedHashSet<>();
        CallType type = fixtures.orderableCallType();

        Reply registered = keep(replies, api.post("/api/v1/auth/register",
                "{\"email\": \"secret.keeper@example.com\", \"name\": \"Keeper\", \"password\": \"" + PASSWORD + "\"}"));
        AccountId keeper = new AccountId(registered.number("account.id"));
        hashes.add(hashOf(keeper));
        keep(replies, signIn("secret.keeper@example.com", WRONG_PASSWORD));
        Reply signedIn = keep(replies, signIn("secret.keeper@example.com", PASSWORD));
        keep(replies, api.post("/api/v1/orders", order(type, "secret.keeper@example.com", "")));
        Reply withPassword = keep(replies, api.post("/api/v1/orders", order(type, "secret.keeper@example.com", PASSWORD)));
        Reply inline = keep(replies, api.post("/api/v1/orders", order(type, "secret.newcomer@example.com", null)));
        Account newcomer = memory.accounts.findByEmail(Email.of("secret.newcomer@example.com")).orElseThrow();
        hashes.add(newcomer.passwordHash());
        passwords.add(generatedPasswordOf("secret.newcomer@example.com"));
        Reply changed = keep(replies, api.as(signedIn.text("accessToken")).put("/api/v1/auth/password",
                "{\"oldPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}"));
        hashes.add(hashOf(keeper));
        Caller.SignedIn supervisor = sessions.account(Role.SUPERVISOR);
        hashes.add(hashOf(supervisor.id()));
        Reply acting = keep(replies, api.as(sessions.tokenOf(supervisor)).post("/api/v1/admin/impersonate",
                "{\"accountId\": " + keeper + "}"));
        keep(replies, api.as(acting.text("accessToken")).get("/api/v1/me"));
        keep(replies, api.as(sessions.admin()).get("/api/v1/admin/notifications"));
        keep(replies, api.as(sessions.admin()).get("/api/v1/admin/audit"));
        keep(replies, api.as(sessions.admin()).get("/api/v1/admin/users/" + keeper));
        for (Reply issuing : List.of(registered, signedIn, withPassword, inline, changed, acting)) {
            tokens.add(issuing.text("accessToken"));
        }

        assertThat(replies).extracting(Reply::status).containsExactly(201, 401, 200, 401, 201, 201, 200, 200, 200,
                200, 200, 200);
        assertThat(tokens).hasSize(6).doesNotContainNull();
        assertThat(passwords).hasSize(4).doesNotContainNull();
        assertThat(hashes).hasSize(4).doesNotContainNull();
        List<String> logLines = logs.list.stream().map(SecretsDoNotLeakTest::fullText).toList();
        assertThat(logLines).as("the capture works").isNotEmpty();
        for (String secret : union(passwords, hashes, tokens)) {
            assertThat(logLines).as("log lines").noneMatch(line -> line.contains(secret));
            assertThat(memory.audit.all()).as("audit entries").noneMatch(e -> e.toString().contains(secret));
        }
        for (Reply reply : replies) {
            String others = reply.has("accessToken") && !reply.at("accessToken").isNull()
                    ? reply.body().replace(reply.text("accessToken"), "") : reply.body();
            for (String secret : union(passwords, hashes, tokens)) {
                assertThat(others).as("a response body").doesNotContain(secret);
            }
        }
    }

    private Reply signIn(String email, String password) {
        return api.post("/api/v1/auth/sign-in", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    }

    private static String order(CallType type, String email, String password) {
        return """
                {"callTypeId": %d, "clientName": "Keeper", "clientEmail": "%s", "recipientName": "Maria",
                 "recipientPhone": "+79161234567", "recipientCountry": "RU", "recipientCity": "Moscow",
                 "callDate": "2026-11-25", "windowStart": "10:00", "windowEnd": "12:00", "consent": true%s}
                """.formatted(type.id().value(), email, password == null ? "" : ", \"password\": \"" + password + "\"");
    }

    private String hashOf(AccountId id) {
        return memory.accounts.find(id).orElseThrow().passwordHash();
    }

    private String generatedPasswordOf(String email) {
        return memory.outbox.all().stream().filter(m -> m.notification().recipient().value().equals(email))
                .map(m -> m.notification().secretParams().get("password")).filter(p -> p != null)
                .findFirst().orElseThrow();
    }

    private static Reply keep(List<Reply> replies, Reply reply) {
        replies.add(reply);
        return reply;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    private static String fullText(ILoggingEvent event) {
        String text = event.getLoggerName() + " " + event.getFormattedMessage();
        return event.getThrowableProxy() == null ? text : text + " " + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }
}
