package org.tianbao.refs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tianbao.model.Departments;
import org.tianbao.model.TextNormalizer;

/**
 * Which county department does the work a plan gives to a ministry, a national bureau, a provincial
 * department or a department of the national IP office: 公安部/省公安厅 → 县公安局, 知识产权局 →
 * 县市场监督管理局（知识产权局）, …
 *
 * <p>An ordered list of rules "keyword → county department": a body maps to the department of the first
 * rule whose keyword it contains (after width and spaces are normalized). The officer edits the list; the
 * built-in default is {@code department-mapping.tsv} next to this class.
 */
public final class DepartmentMapping {

    /** One rule: bodies whose name contains {@code keyword} map to {@code department}. */
    public record Rule(String keyword, String department) {
        public Rule {
            // Spaces mean nothing inside a name (matching ignores them) and would break the stored lines.
            keyword = TextNormalizer.clean(Objects.requireNonNull(keyword, "keyword")).replaceAll("\\s+", "");
            department = Departments.normalizeName(Objects.requireNonNull(department, "department"));
        }

        /** Whether the rule has both a keyword and a department (a half-typed row does not). */
        public boolean isComplete() {
            return !keyword.isEmpty() && !department.isEmpty();
        }
    }

    private static final String DEFAULT_RESOURCE = "department-mapping.tsv";

    private final List<Rule> rules;

    public DepartmentMapping(List<Rule> rules) {
        this.rules = rules.stream().filter(Rule::isComplete).toList();
    }

    /** The built-in mapping. */
    public static DepartmentMapping defaults() {
        try (InputStream in = DepartmentMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return new DepartmentMapping(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** A mapping written by {@link #toText()}. */
    public static DepartmentMapping fromText(String text) {
        return new DepartmentMapping(parse(text));
    }

    /** The rules as lines "keyword TAB department", the default resource's format. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        rules.forEach(r -> out.append(r.keyword()).append('\t').append(r.department()).append('\n'));
        return out.toString();
    }

    /**
     * Reads rules from lines "keyword TAB department"; blank lines and comments (# and no tab) are skipped. A
     * rule's keyword may itself begin with # (an officer's 部门对应表 is stored in this form too).
     */
    static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#") && line.indexOf('\t') < 0) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalArgumentException("a mapping line needs keyword TAB department: " + line);
            }
            rules.add(new Rule(cells[0], cells[1]));
        }
        return rules;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The county department a body maps to, if a rule covers it. */
    public Optional<String> departmentFor(String body) {
        String name = TextNormalizer.forMatching(body);
        return rules.stream()
                .filter(r -> name.contains(TextNormalizer.forMatching(r.keyword())))
                .map(Rule::department)
                .findFirst();
    }

    /**
     * What adding an item's bodies as 责任部门 would mean, body by body in the item's order (the first
     * leads): the county department each maps to, and whether the dictionary has it.
     */
    public List<DepartmentProposal> propose(List<String> bodies, Collection<String> dictionary) {
        List<DepartmentProposal> proposals = new ArrayList<>();
        for (String body : bodies) {
            Optional<String> department = departmentFor(body);
            DepartmentProposal.Status status = department.isEmpty() ? DepartmentProposal.Status.UNMAPPED
                    : dictionary.contains(department.get()) ? DepartmentProposal.Status.KNOWN
                    : DepartmentProposal.Status.NOT_IN_DICTIONARY;
            proposals.add(new DepartmentProposal(body, department.orElse(""), status));
        }
        return proposals;
    }

    /**
     * The same for the departments a unit below named in its return: a name the dictionary has stands for
     * itself (units of one level share their names); the others go through the rules like a plan's bodies.
     */
    public List<DepartmentProposal> proposeForDepartments(List<String> departments, Collection<String> dictionary) {
        List<DepartmentProposal> proposals = new ArrayList<>();
        for (String department : departments) {
            proposals.add(dictionary.contains(department)
                    ? new DepartmentProposal(department, department, DepartmentProposal.Status.KNOWN)
                    : propose(List.of(department), dictionary).get(0));
        }
        return proposals;
    }

    /** The distinct departments of some proposals, in order. */
    public static List<String> departmentsOf(List<DepartmentProposal> proposals) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        proposals.stream().map(DepartmentProposal::department).filter(d -> !d.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }

    /** This mapping with a rule for one body put first (the officer chose a department for it). */
    public DepartmentMapping withRuleFirst(String body, String department) {
        List<Rule> updated = new ArrayList<>();
        updated.add(new Rule(body, department));
        String key = TextNormalizer.forMatching(body);
        rules.stream().filter(r -> !TextNormalizer.forMatching(r.keyword()).equals(key)).forEach(updated::add);
        return new DepartmentMapping(updated);
    }

    /** This mapping with every rule's department renamed, keywords as they are (names made a district's). */
    public DepartmentMapping withDepartments(UnaryOperator<String> rename) {
        return new DepartmentMapping(rules.stream().map(r -> new Rule(r.keyword(), rename.apply(r.department()))).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DepartmentMapping other && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }
}
