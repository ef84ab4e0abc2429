package io.ordercore.adapter.web.notification;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TestCore;
import io.ordercore.application.port.in.NotificationsUseCase;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox as administrators see it, and a failed message tried again. */
@MicronautTest
class AdminNotificationsHttpTest {

    private final Api api;
    private final Sessions sessions;
    private final InMemoryCore memory;
    private final NotificationsUseCase notifications;
    private final MutableClock clock;

    AdminNotificationsHttpTest(Api api, Sessions sessions, InMemoryCore memory, NotificationsUseCase notifications,
                               MutableClock clock) {
        this.api = api;
        this.sessions = sessions;
        this.memory = memory;
        this.notifications = notifications;
        this.clock = clock;
    }

    @AfterEach
    void resetClock() {
        clock.set(TestCore.NOW);
        memory.sender.failWhen(m -> false);
    }

    @Test
    void listsMessagesWithoutTheirSecretsAndRetriesAFailedOne() {
        Api admin = api.as(sessions.admin());
        Reply created = admin.post("/api/v1/admin/users",
                "{\"email\": \"outbox.user@example.com\", \"name\": \"Outbox\", \"role\": \"OPERATOR\"}");
        assertThat(created.status()).isEqualTo(201);
        String generated = memory.outbox.all().stream()
                .filter(m -> m.notification().recipient().value().equals("outbox.user@example.com"))
                .findFirst().orElseThrow().notification().secretParams().get("password");
        memory.sender.failWhen(m -> true);
        for (int attempt = 0; attempt < 8; attempt++) {
            notifications.deliverDue(100);
            clock.advance(Duration.ofHours(3));
        }

        Reply failed = admin.get("/api/v1/admin/notifications?status=failed&recipient=Outbox.User@example.com");

        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.size("items")).isEqualTo(1);
        assertThat(failed.text("items[0].type")).isEqualTo("ACCOUNT_CREATED");
        assertThat(failed.text("items[0].status")).isEqualTo("FAILED");
        assertThat(failed.number("items[0].attempts")).isEqualTo(8);
        assertThat(failed.text("items[0].params.passwordGenerated")).isEqualTo("true");
        assertThat(failed.text("items[0].lastError")).isEqualTo("refused by the test");
        assertThat(failed.body()).doesNotContain(generated);
        long id = failed.number("items[0].id");

        memory.sender.failWhen(m -> false);
        assertThat(admin.post("/api/v1/admin/notifications/" + id + "/retry", "").status()).isEqualTo(204);

        assertThat(admin.get("/api/v1/admin/notifications?recipient=outbox.user@example.com").text("items[0].status"))
                .isEqualTo("PENDING");
        assertProblem(admin.post("/api/v1/admin/notifications/" + id + "/retry", ""), 404, "NOT_FOUND");
    }

    @Test
    void checksItsFilters() {
        Reply bad = api.as(sessions.admin()).get("/api/v1/admin/notifications?status=LOST&before=0&limit=x");

        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field")).containsExactlyInAnyOrder("status", "before", "limit");
    }
}
