package dev.chinaai.kg.server;

import dev.chinaai.kg.publication.SourceTextMode;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test class once per source-text mode, each time against the real
 * server publishing the real graph in that mode (started on a free port before
 * the class's tests, stopped after them whatever happened): every page and
 * dump must work whether the articles go out whole, as excerpts in context, or
 * as excerpts only.
 */
@ParameterizedClass(name = "--source-text {0}")
@EnumSource(SourceTextMode.class)
abstract class ModeServerTestBase {
    static RunningServer s;

    @Parameter
    SourceTextMode mode;

    @BeforeParameterizedClassInvocation
    static void startServer(SourceTextMode mode) {
        s = RunningServer.onFreePort(mode);
    }

    @AfterParameterizedClassInvocation
    static void stopServer() {
        if (s != null) {
            s.close();
            s = null;
        }
    }
}
