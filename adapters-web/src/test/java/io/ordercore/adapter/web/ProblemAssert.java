package io.ordercore.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

/** The parts every problem+json answer has. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    public static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.number("status")).isEqualTo(status);
        assertThat(reply.text("code")).isEqualTo(code);
        assertThat(reply.text("type"))
                .isEqualTo("https://ordercore.io/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(reply.text("title")).isNotBlank();
        assertThat(reply.text("detail")).isNotBlank();
        assertThat(reply.text("instance")).startsWith("/");
    }
}
