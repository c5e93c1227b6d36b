package dev.chinaai.kg.cli;

import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: SHACL on the graph built from the annotations, or on a dataset already written. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates the graph with the SHACL shapes in shapes/, prints a readable report (focus node, "
                + "path, value, message) and writes the W3C validation report as Turtle.",
                "Exit code 0 if the graph conforms, 1 if not."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Validate the dataset written by build in DIR instead of building it from the annotations.")
    Path data;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "target/validation-report.ttl",
            description = "Where to write the W3C SHACL report (default: ${DEFAULT-VALUE}).")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ValidationResult result;
        if (data != null) {
            result = GraphValidator.fromProject(project.layout()).validate(DatasetFiles.read(data));
        } else {
            result = project.buildAndValidate(err).validation();
        }
        writeReport(result);
        (result.conforms() ? spec.commandLine().getOut() : err).println(result.readable());
        spec.commandLine().getOut().println("validate: W3C report written to " + report);
        return result.conforms() ? 0 : Main.INVALID;
    }

    private void writeReport(ValidationResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, result.report(), RDFFormat.TURTLE_PRETTY);
        try {
            Path parent = report.toAbsolutePath().getParent();
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new dev.chinaai.kg.diagnostics.KgException(report + ": cannot create its folder: " + dev.chinaai.kg.diagnostics.IoErrors.reason(e), e);
        }
        DatasetFiles.atomicWrite(report, bytes.toByteArray());
    }
}
