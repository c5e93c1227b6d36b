import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/**
 * bench/construct-check.sh's comparison: for every RDF file in folder A (its syntax from its
 * extension: .ttl, .nt, .rdf, .jsonld), is the graph in the file of the same name in B the
 * same graph (isomorphic: the same triples, blank nodes matched one to one)?
 * Prints one line per entity that differs, with a few triples only one side has, and a total;
 * exits 1 when any differs.
 *   java -cp target/china-ai-kg.jar bench/SameDocument.java A B
 */
public class SameDocument {
    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]), b = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int same = 0, triples = 0;
        List<String> differ = new ArrayList<>();
        for (Path f : files) {
            Graph ga, gb;
            try {
                ga = RDFDataMgr.loadGraph(f.toString());
                gb = RDFDataMgr.loadGraph(b.resolve(f.getFileName()).toString());
            } catch (RiotException e) {
                differ.add(f.getFileName() + ": does not parse: " + e.getMessage());
                continue;
            }
            triples += ga.size();
            if (ga.isIsomorphicWith(gb)) {
                same++;
                continue;
            }
            differ.add(f.getFileName() + ": " + ga.size() + " vs " + gb.size() + " triples; only in the first: "
                    + only(ga, gb) + "; only in the second: " + only(gb, ga));
        }
        differ.forEach(System.out::println);
        System.out.printf("%d of %d documents the same graph (%d triples in all), %d differ%n", same, files.size(), triples,
                differ.size());
        System.exit(differ.isEmpty() ? 0 : 1);
    }

    /** Up to three triples without blank nodes that g has and h has not. */
    private static List<Triple> only(Graph g, Graph h) {
        return g.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank() || h.contains(t))
                .toList().stream().limit(3).toList();
    }
}
