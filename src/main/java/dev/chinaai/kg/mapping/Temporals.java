package dev.chinaai.kg.mapping;

import dev.chinaai.kg.vocab.TIME;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * ISO dates of the precision the seed gives: a year (xsd:gYear), a month
 * (xsd:gYearMonth), a day (xsd:date) or an instant without time zone
 * (xsd:dateTime), and the OWL-Time property of each precision. A
 * calendar-invalid value such as 2025-02-30 is refused.
 */
public final class Temporals {
    private Temporals() {
    }

    /** The OWL-Time property that gives a literal of {@link #literal}'s datatypes its position in time. */
    static org.apache.jena.rdf.model.Property owlTimeProperty(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (dt.equals(XSDDatatype.XSDgYear.getURI())) {
            return TIME.inXSDgYear;
        }
        if (dt.equals(XSDDatatype.XSDgYearMonth.getURI())) {
            return TIME.inXSDgYearMonth;
        }
        return dt.equals(XSDDatatype.XSDdate.getURI()) ? TIME.inXSDDate : TIME.inXSDDateTime;
    }

    /** The typed literal of an ISO value; public so that the draft annotator checks dates as the build will. */
    public static Node literal(String iso) {
        String s = iso.trim();
        try {
            if (s.matches("\\d{4}")) {
                return NodeFactory.createLiteralDT(s, XSDDatatype.XSDgYear);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(s);
                return NodeFactory.createLiteralDT(s, XSDDatatype.XSDgYearMonth);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(s);
                return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
                String full = s.length() == 16 ? s + ":00" : s;
                LocalDateTime.parse(full);
                return NodeFactory.createLiteralDT(full, XSDDatatype.XSDdateTime);
            }
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + iso + "' is not a calendar date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with real months and days", e);
        }
        throw new BadValue("'" + iso + "' is not an ISO date: write 2025, 2025-07, 2025-07-14 or 2025-07-14T08:15");
    }
}
