package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.server.options.HttpLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The server listens on every interface unless given an address; given one, it
 * accepts connections there only. Both addresses used here are loopback
 * (127.0.0.0/8), so nothing is exposed while testing.
 */
class BindAddressTest {

    private static int statusVia(String address, int port) {
        try (RawHttp c = new RawHttp(address, port)) {
            c.send("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            return c.read(5000).status();
        }
    }

    @Test
    void anAddressThatIsNotHereIsAClearError() {
        KgException e = assertThrows(KgException.class, () -> new RunningServer(ServerOptions.defaults().withPort(0)
                .withHttp(HttpLimits.defaults().withBindAddress("no-such-host.invalid"))).close());
        assertTrue(e.getMessage().contains("--host no-such-host.invalid"), e.getMessage());
    }

    @Test
    void byDefaultEveryInterfaceAnswers() {
        try (RunningServer s = RunningServer.onFreePort()) {
            assertEquals(200, statusVia("127.0.0.1", s.server.port()));
            assertEquals(200, statusVia("127.0.0.2", s.server.port()));
        }
    }

    @Test
    void givenAnAddressOnlyThatOneAnswers() {
        try (RunningServer s = new RunningServer(ServerOptions.defaults().withPort(0)
                .withHttp(HttpLimits.defaults().withBindAddress("127.0.0.2")))) {
            assertEquals(200, statusVia("127.0.0.2", s.server.port()));
            assertThrows(UncheckedIOException.class, () -> statusVia("127.0.0.1", s.server.port()),
                    "nothing listens on 127.0.0.1");
        }
    }
}
