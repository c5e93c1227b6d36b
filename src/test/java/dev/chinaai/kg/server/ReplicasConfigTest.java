package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HAProxy configuration that {@code deploy/replicas.sh} generates: HAProxy
 * itself accepts it ({@code haproxy -c}), it listens on loopback only, checks
 * every replica on {@code /health}, retries a failed request on another
 * replica (idempotent methods only once a replica may have seen it) and limits
 * connections per replica. Starting real replicas under load is
 * {@code bench/failover.sh}'s job (it takes minutes on this machine).
 */
class ReplicasConfigTest {
    @TempDir
    Path dir;

    private static String run(Path log, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    @Test
    void theGeneratedConfigurationIsValidAndSaysWhatTheDeploymentPromises() throws Exception {
        String cfg = run(dir.resolve("cfg.out"), "bash", "deploy/replicas.sh", "config", "3", "3600");
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, cfg, StandardCharsets.UTF_8);
        run(dir.resolve("check.out"), "haproxy", "-c", "-q", "-f", file.toString());

        List<String> lines = cfg.lines().map(String::strip).filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.contains("bind 127.0.0.1:3600"), cfg);
        for (int i = 1; i <= 3; i++) {
            assertTrue(lines.contains("server r" + i + " 127.0.0.1:" + (3600 + i)), cfg);
        }
        assertEquals(3, lines.stream().filter(l -> l.startsWith("server ")).count());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("bind ") && !l.startsWith("bind 127.0.0.1:")), cfg);
        assertTrue(lines.contains("http-check send meth GET uri " + Router.HEALTH), cfg);
        assertTrue(lines.contains("http-check expect status 200"), cfg);
        assertTrue(lines.contains("option redispatch 1"), cfg);
        assertTrue(lines.contains("retry-on conn-failure empty-response junk-response"), cfg);
        assertTrue(lines.contains("http-request disable-l7-retry unless METH_GET || METH_HEAD"), cfg);
        String defaults = lines.stream().filter(l -> l.startsWith("default-server ")).findFirst().orElse("");
        assertTrue(defaults.contains(" check ") && defaults.contains(" maxconn 32 "), defaults);
        assertTrue(defaults.contains("on-error mark-down"), defaults);
    }
}
