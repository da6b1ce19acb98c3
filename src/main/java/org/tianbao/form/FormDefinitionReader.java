package org.tianbao.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.KeyArea;
import org.tianbao.model.WorkItem;

/**
 * Reads a form definition from its JSON resource (generated from the attachment's text). Jackson's
 * streaming parser rather than data binding: the form is read at every start, while the window opens,
 * and binding's first use (introspecting the classes) cost four times as much as the reading itself.
 * Unknown fields are skipped, so that a newer resource still reads.
 */
public final class FormDefinitionReader {

    private static final JsonFactory JSON = new JsonFactory();

    private FormDefinitionReader() {
    }

    public static FormDefinition read(InputStream json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String id = null;
            String label = null;
            String title = null;
            int version = 0;
            int year = 0;
            List<String> columns = List.of();
            List<KeyArea> areas = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "version" -> version = p.getValueAsInt();
                    case "year" -> year = p.getValueAsInt();
                    case "label" -> label = p.getValueAsString();
                    case "title" -> title = p.getValueAsString();
                    case "columns" -> columns = strings(p, value);
                    case "areas" -> areas = areas(p, value);
                    default -> p.skipChildren();
                }
            }
            return new FormDefinition(id, version, year, label, title, columns, areas);
        }
    }

    private static List<String> strings(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(p.getValueAsString());
        }
        return List.copyOf(values);
    }

    private static List<KeyArea> areas(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_ARRAY);
        List<KeyArea> areas = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, p.currentToken(), JsonToken.START_OBJECT);
            int number = 0;
            String title = null;
            List<ItemFields> items = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "number" -> number = p.getValueAsInt();
                    case "title" -> title = p.getValueAsString();
                    case "items" -> items = items(p, value);
                    default -> p.skipChildren();
                }
            }
            int areaNumber = number;
            areas.add(new KeyArea(number, title, items.stream()
                    .map(i -> new WorkItem(i.key(), areaNumber, i.text(),
                            i.other() ? WorkItem.Kind.OTHER : WorkItem.Kind.OFFICIAL))
                    .toList()));
        }
        return List.copyOf(areas);
    }

    /** An item's fields; the area's number is known only once the whole area object is read. */
    private record ItemFields(String key, String text, boolean other) {
    }

    private static List<ItemFields> items(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_ARRAY);
        List<ItemFields> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, p.currentToken(), JsonToken.START_OBJECT);
            String key = null;
            String text = null;
            boolean other = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "key" -> key = p.getValueAsString();
                    case "text" -> text = p.getValueAsString();
                    case "other" -> other = p.getValueAsBoolean();
                    default -> p.skipChildren();
                }
            }
            items.add(new ItemFields(key, text, other));
        }
        return items;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + expected + " but found " + actual);
        }
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
}
