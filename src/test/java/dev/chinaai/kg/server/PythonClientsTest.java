package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * SPARQLWrapper and rdflib, as Debian packages them (python3-sparqlwrapper,
 * python3-rdflib; .ci/run installs both), against the real server: the script
 * src/test/resources/clients/python_clients.py runs the client matrix with the
 * libraries' default settings and prints one PASS or FAIL line per cell; each
 * line becomes a test here. Skipped, with the reason, only where python3 or
 * the two modules are missing.
 */
class PythonClientsTest extends ServerTestBase {
    private static final Path SCRIPT = Path.of("src", "test", "resources", "clients", "python_clients.py");
    /** Debian's interpreter first: a python3 earlier on the PATH (pyenv, a venv) may lack Debian's modules. */
    private static final List<String> INTERPRETERS = List.of("/usr/bin/python3", "python3");

    @TestFactory
    Stream<DynamicTest> sparqlWrapperAndRdflibMatrix() throws IOException, InterruptedException {
        String python = INTERPRETERS.stream().filter(PythonClientsTest::hasModules).findFirst().orElse(null);
        assumeTrue(python != null, "python3 with the modules SPARQLWrapper and rdflib not found (tried " + INTERPRETERS
                + "); install them with `apt-get install python3-sparqlwrapper python3-rdflib` (.ci/run does)");
        Process p = new ProcessBuilder(python, SCRIPT.toString(), s.base).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the client script did not finish");
        List<String> cells = out.lines().filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ")).toList();
        assertFalse(cells.isEmpty(), "the client script ran no cell (exit " + p.exitValue() + "):\n" + out);
        String versions = out.lines().filter(l -> l.startsWith("VERSIONS ")).findFirst().orElse("");
        return cells.stream().map(line -> DynamicTest.dynamicTest(line.substring(5, line.lastIndexOf(" | ")), () ->
                assertTrue(line.startsWith("PASS "), line + "\n(" + versions + ")")));
    }

    private static boolean hasModules(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import SPARQLWrapper, rdflib").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
