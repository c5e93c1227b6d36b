package dev.chinaai.kg.server;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * TopBraid SHACL's command-line validator in a child JVM. TopBraid 1.4.4 is
 * built on Jena 5.2 and fails on Jena 5.6 (its sh:pattern uses a class 5.6
 * removed), so it runs with the Jena 5.2 jars Maven copies to
 * target/topbraid-shacl/ and the test classpath's other libraries, never
 * beside the server's Jena.
 */
final class TopBraid {
    static final Path JARS = Path.of("target", "topbraid-shacl");

    private TopBraid() {
    }

    /** The validation report of TopBraid SHACL for the data against the shapes. */
    static Model validate(Model data, Model shapes) {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "topbraid");
            Path dataFile = write(dir.resolve("data.nt"), data, Lang.NTRIPLES);
            Path shapesFile = write(dir.resolve("shapes.ttl"), shapes, Lang.TURTLE);
            Path report = dir.resolve("report.ttl");
            Path errors = dir.resolve("stderr.txt");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", classpath(), "org.topbraid.shacl.tools.Validate",
                    "-datafile", dataFile.toString(), "-shapesfile", shapesFile.toString())
                    .redirectOutput(report.toFile()).redirectError(errors.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("TopBraid SHACL did not finish in 5 minutes");
            }
            Model m = ModelFactory.createDefaultModel();
            try {
                RDFParser.source(report).lang(Lang.TURTLE).parse(m);
            } catch (RuntimeException e) {
                throw new AssertionError("TopBraid SHACL wrote no report (exit " + p.exitValue() + "): "
                        + Files.readString(errors), e);
            }
            return m;
        } catch (IOException e) {
            throw new AssertionError("cannot run TopBraid SHACL: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path write(Path file, Model m, Lang lang) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, m, lang);
        }
        return file;
    }

    /** TopBraid and Jena 5.2 first, then every library of the test classpath that is not Jena or this project. */
    private static String classpath() throws IOException {
        List<String> cp = new ArrayList<>();
        try (var jars = Files.list(JARS)) {
            jars.filter(j -> j.toString().endsWith(".jar")).forEach(j -> cp.add(j.toAbsolutePath().toString()));
        }
        if (cp.isEmpty()) {
            throw new AssertionError(JARS + " holds no jars: run the tests through Maven (generate-test-resources copies them)");
        }
        String test = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Arrays.stream(test.split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar") && !e.contains(File.separator + "org" + File.separator + "apache" + File.separator
                        + "jena" + File.separator))
                .forEach(cp::add);
        return String.join(File.pathSeparator, cp);
    }
}
