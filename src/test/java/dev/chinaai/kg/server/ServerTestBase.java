package dev.chinaai.kg.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Starts the real server on a free port before a test class and stops it after, whatever happened. */
abstract class ServerTestBase {
    static RunningServer s;

    @BeforeAll
    static void startServer() {
        s = RunningServer.onFreePort();
    }

    @AfterAll
    static void stopServer() {
        if (s != null) {
            s.close();
            s = null;
        }
    }
}
