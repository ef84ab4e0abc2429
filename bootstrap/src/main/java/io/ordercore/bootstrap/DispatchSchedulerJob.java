package io.ordercore.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.service.Ordercore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs dispatch's due work (confirmation timeouts, critical time, ended windows, retries) while the
 * service runs. Several instances may run it at once: each due item is claimed by one of them.
 */
@Singleton
@Requires(property = "ordercore.dispatch.scheduler", value = "true")
class DispatchSchedulerJob {

    static final int BATCH = 100;
    private static final Caller SCHEDULER = Caller.system("dispatch-scheduler");
    private static final Logger LOG = LoggerFactory.getLogger(DispatchSchedulerJob.class);

    private final Ordercore core;

    DispatchSchedulerJob(Ordercore core) {
        this.core = core;
    }

    @Scheduled(fixedDelay = "${ordercore.dispatch.interval:15s}", initialDelay = "${ordercore.dispatch.initial-delay:5s}")
    void runDue() {
        try {
            int handled;
            do {
                handled = core.dispatch().runScheduled(SCHEDULER, BATCH);
            } while (handled == BATCH);
        } catch (RuntimeException e) {
            LOG.error("dispatch scheduler run failed; the next run tries again", e);
        }
    }
}
