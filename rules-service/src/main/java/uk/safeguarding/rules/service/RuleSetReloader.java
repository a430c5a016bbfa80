package uk.safeguarding.rules.service;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.safeguarding.rules.cases.RuleSetTrial;
import uk.safeguarding.rules.engine.RuleProblem;
import uk.safeguarding.rules.engine.RuleSetException;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * Reloads the configured rules directory without a restart, when a file in it changes or on request. The new rule set
 * is compiled, validated and run against the regression cases aside while the old one keeps serving; it is swapped in
 * only when all of that passes, otherwise it is refused with its problems at their files and lines.
 */
@Startup
@ApplicationScoped
public class RuleSetReloader {

    private static final Logger LOG = Logger.getLogger(RuleSetReloader.class);
    /** Editors write a file in several steps; a reload waits until the directory has been quiet this long. */
    private static final long QUIET_MILLIS = 500;

    private final SafeguardingService service;
    private final Path cases;
    private final WatchService watcher;
    private volatile boolean checking;
    private volatile ReloadResult lastRefused;

    @Inject
    RuleSetReloader(SafeguardingService service,
                    @ConfigProperty(name = "safeguarding.cases.directory") Optional<Path> cases,
                    @ConfigProperty(name = "safeguarding.rules.watch", defaultValue = "true") boolean watch) {
        this.service = service;
        this.cases = cases.orElse(null);
        this.watcher = watch ? service.source().directory().map(this::watch).orElse(null) : null;
    }

    /** Whether a new rule set is being checked now (the old one serving meanwhile). */
    public boolean checking() {
        return checking;
    }

    /** The last reload that was refused, if the rule set serving has not been replaced since. */
    public Optional<ReloadResult> lastRefused() {
        return Optional.ofNullable(lastRefused);
    }

    /** Tries the rules directory as it is now and swaps it in if it passes; one reload at a time. */
    public synchronized ReloadResult reload() {
        String serving = service.ruleSet().contentHash();
        RuleSource source = service.source();
        String candidate;
        try {
            candidate = RuleSets.contentHash(source.read());
        } catch (RuleSetException unreadable) {
            return refused(new ReloadResult(ReloadResult.Status.REFUSED, serving, null, unreadable.problems(), "not run"));
        }
        if (candidate.equals(serving)) {
            lastRefused = null;
            return new ReloadResult(ReloadResult.Status.UNCHANGED, serving, candidate, List.of(), "not run: nothing changed");
        }
        checking = true;
        try {
            RuleSetTrial.Result trial = RuleSetTrial.run(source, service.calendar(), Clock.systemUTC(), cases);
            if (!trial.accepted()) {
                return refused(new ReloadResult(ReloadResult.Status.REFUSED, serving, candidate, trial.problems(), trial.cases()));
            }
            service.serve(trial.assessor());
            lastRefused = null;
            String now = trial.assessor().ruleSet().contentHash();
            LOG.infof("Rule set %s swapped in for %s (%s)", now, serving, trial.cases());
            return new ReloadResult(ReloadResult.Status.SWAPPED, now, now, List.of(), trial.cases());
        } finally {
            checking = false;
        }
    }

    private ReloadResult refused(ReloadResult result) {
        lastRefused = result;
        LOG.warnf("Rule set refused; %s keeps serving:%n%s", result.serving(), String.join("\n", result.problemsAt()));
        return result;
    }

    /** Watches the rules directory and the folders in it; the thread reloads after each burst of changes. */
    private WatchService watch(Path directory) {
        try {
            WatchService watchService = FileSystems.getDefault().newWatchService();
            try (Stream<Path> folders = Files.walk(directory)) {
                for (Path folder : folders.filter(Files::isDirectory).toList()) {
                    folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
            Thread thread = new Thread(() -> reloadOnChange(watchService), "rules-directory-watcher");
            thread.setDaemon(true);
            thread.start();
            return watchService;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the rules directory " + directory, e);
        }
    }

    private void reloadOnChange(WatchService watchService) {
        try {
            while (true) {
                WatchKey key = watchService.take();
                do {
                    key.pollEvents();
                    key.reset();
                    key = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                try {
                    reload();
                } catch (RuntimeException failure) {
                    LOG.error("Reloading the rules directory failed; the rule set serving is unchanged", failure);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stopWatching() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
