package io.ordercore.adapter.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** An endpoint that fails the way a broken adapter would, leaking internals in its message. */
@Controller("/test/failing")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FailingController {

    @Get
    public String fail() {
        throw new IllegalStateException(
                "ERROR: relation \"orders\" does not exist; SELECT * FROM orders WHERE secret = 42");
    }
}
