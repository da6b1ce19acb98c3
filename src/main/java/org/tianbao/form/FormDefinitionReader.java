package org.tianbao.form;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.KeyArea;
import org.tianbao.model.WorkItem;

/** Reads a form definition from its JSON resource (generated from the attachment's text). */
public final class FormDefinitionReader {

    private FormDefinitionReader() {
    }

    public static FormDefinition read(InputStream json) throws IOException {
        FormJson doc = new ObjectMapper().readValue(json, FormJson.class);
        List<KeyArea> areas = doc.areas.stream()
                .map(a -> new KeyArea(a.number, a.title, a.items.stream()
                        .map(i -> new WorkItem(i.key, a.number, i.text,
                                i.other ? WorkItem.Kind.OTHER : WorkItem.Kind.OFFICIAL))
                        .toList()))
                .toList();
        return new FormDefinition(doc.id, doc.version, doc.year, doc.label, doc.title, doc.columns, areas);
    }

    static FormDefinition readResource(String name) {
        try (InputStream in = FormDefinitionReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing form resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read form resource " + name, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class FormJson {
        public String id;
        public int version;
        public int year;
        public String label;
        public String title;
        public List<String> columns;
        public List<AreaJson> areas;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class AreaJson {
        public int number;
        public String title;
        public List<ItemJson> items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ItemJson {
        public String key;
        public String text;
        public boolean other;
    }
}
