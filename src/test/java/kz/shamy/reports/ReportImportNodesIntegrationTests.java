package kz.shamy.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.MovableClock;
import kz.shamy.reports.internal.ImportJob;
import kz.shamy.reports.internal.ImportJobs;
import kz.shamy.shared.NodeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports on two or more nodes over one database (issue 10): a node's start-up marks only its own earlier run's
 * imports INTERRUPTED, never another node's running one; an import whose node stops saying it is alive is marked
 * INTERRUPTED by any node once its heartbeat is {@code shamy.imports.stale-after} (2 minutes) old.
 */
@EmptyShamyIntegrationTest
class ReportImportNodesIntegrationTests {

    @Autowired ReportImports imports;
    @Autowired ImportJobs jobs;
    @Autowired NodeName node;
    @Autowired MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStartUpInterruptsItsOwnEarlierRunsImportsButNotAnotherNodesRunningOne() {
        Instant earlier = clock.instant().minus(Duration.ofMinutes(10));
        String mine = stored(node.name(), earlier);
        String beforeNodes = stored(null, earlier);
        String otherNodes = stored("node-b:8080", clock.instant());
        // another node whose import started long ago but is still working on it: its last batch was just now
        String otherNodesLong = stored("node-b:8080", earlier);
        jobs.heartbeat(List.of(otherNodesLong), clock.instant());

        imports.markInterruptedImports();

        assertThat(status(mine)).isEqualTo("INTERRUPTED");
        assertThat(status(beforeNodes)).isEqualTo("INTERRUPTED");
        assertThat(status(otherNodes)).isEqualTo("RUNNING");
        assertThat(status(otherNodesLong)).isEqualTo("RUNNING");
    }

    @Test
    void anImportWhoseNodeFellSilentIsInterruptedByAnyNodeOnceItsHeartbeatIsStale() {
        String killed = stored("node-b:8080", clock.instant());
        String alive = stored("node-c:8080", clock.instant());

        clock.advance(Duration.ofSeconds(100));
        jobs.heartbeat(List.of(alive), clock.instant());
        imports.heartbeat();
        assertThat(status(killed)).as("silent for 100 s of 120").isEqualTo("RUNNING");

        clock.advance(Duration.ofSeconds(30));
        imports.heartbeat();
        assertThat(status(killed)).as("silent for 130 s").isEqualTo("INTERRUPTED");
        assertThat(imports.progress(killed).orElseThrow().failure()).contains("first 0 of 1200");
        assertThat(status(alive)).as("heard from 30 s ago").isEqualTo("RUNNING");
        // a finished job is never touched
        clock.advance(Duration.ofMinutes(5));
        jobs.ended(alive, ImportJob.Status.DONE, null, clock.instant());
        imports.heartbeat();
        assertThat(status(alive)).isEqualTo("DONE");
    }

    private String stored(String onNode, Instant startedAt) {
        ImportJob job = new ImportJob(1200, "admin", startedAt);
        jobs.started(job, onNode);
        return job.id();
    }

    private String status(String id) {
        return imports.progress(id).orElseThrow().status();
    }
}
