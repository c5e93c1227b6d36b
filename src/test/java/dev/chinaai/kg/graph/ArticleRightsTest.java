package dev.chinaai.kg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.annotation.AnnotationException;
import dev.chinaai.kg.annotation.ArticleDecl;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.vocab.CAI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/**
 * Each article's rights as its seed file records them from what the article
 * states: publishers and rights holders it names, none where it names none, no
 * licence (all five grant none), and a sentence that says so.
 */
class ArticleRightsTest {

    @Test
    void everyArticleCarriesItsRightsAsTheArticleStatesThem() {
        assertEquals(Set.of("36kr", "hundun-university"), objects("article-002", DCTerms.publisher.asNode()));
        assertEquals(Set.of("hundun-university"), objects("article-002", DCTerms.rightsHolder.asNode()));
        assertEquals(Set.of("china-today"), objects("article-001", DCTerms.publisher.asNode()));
        assertEquals(Set.of(), objects("article-001", DCTerms.rightsHolder.asNode()), "the © line credits the photo");
        for (String unnamed : List.of("article-000", "article-003", "article-004")) {
            assertEquals(Set.of(), objects(unnamed, DCTerms.publisher.asNode()), unnamed + ": no publisher invented");
            assertEquals(Set.of(), objects(unnamed, DCTerms.rightsHolder.asNode()), unnamed);
            assertEquals(List.of("All rights reserved by its rights holder, whom the article does not name; the article "
                    + "grants no licence. The article does not name its publisher."), rights(unnamed));
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(Set.of(), objects("article-00" + i, DCTerms.license.asNode()), "no article grants a licence");
            assertEquals(1, rights("article-00" + i).size(), "one rights sentence from the annotation");
        }
        assertTrue(rights("article-002").get(0).startsWith("All rights reserved by Hundun University"), rights("article-002").get(0));
    }

    @Test
    void aLicenceThatIsNeitherReservedNorAnIriIsRefusedWithTheFix() {
        Location at = new Location("mappings/x.yaml", 3, 3);
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> new ArticleDecl("article-009", "de", List.of(), List.of(), "CC-BY", at));
        assertTrue(e.getMessage().contains("license: 'CC-BY' is neither all-rights-reserved"), e.getMessage());
        assertThrows(AnnotationException.class, () -> new ArticleDecl("article-009", "de", List.of(), null, "all-rights-reserved", at));
    }

    private static Set<String> objects(String article, Node p) {
        return TestGraph.dataset().stream(Node.ANY, NodeFactory.createURI(CAI.BASE + "id/" + article), p, Node.ANY)
                .map(q -> q.getObject().getURI().substring((CAI.BASE + "id/").length())).collect(Collectors.toSet());
    }

    private static List<String> rights(String article) {
        return TestGraph.dataset().stream(Node.ANY, NodeFactory.createURI(CAI.BASE + "id/" + article), DCTerms.rights.asNode(),
                Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).toList();
    }
}
