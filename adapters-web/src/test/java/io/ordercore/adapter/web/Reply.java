package io.ordercore.adapter.web;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP answer as a test sees it, with its JSON body read by path: {@code "price.total.amount"},
 * {@code "items[0].id"}.
 *
 * @param wwwAuthenticate the WWW-Authenticate header, null when absent
 */
public record Reply(int status, String contentType, String body, JsonNode json, String wwwAuthenticate) {

    public JsonNode at(String path) {
        JsonNode node = json;
        for (String step : path.split("\\.")) {
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (!name.isEmpty()) {
                node = node == null ? null : node.get(name);
            }
            if (step.contains("[")) {
                int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
                node = node == null ? null : node.get(index);
            }
        }
        if (node == null) {
            throw new AssertionError("no " + path + " in " + body);
        }
        return node;
    }

    public String text(String path) {
        JsonNode node = at(path);
        return node.isNull() ? null : node.getStringValue();
    }

    public long number(String path) {
        return at(path).getLongValue();
    }

    public boolean flag(String path) {
        return at(path).getBooleanValue();
    }

    public boolean has(String path) {
        try {
            at(path);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    public int size(String path) {
        return at(path).size();
    }

    /** One field of every element of the array at {@code path}, as text. */
    public List<String> texts(String path, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : at(path).values()) {
            JsonNode value = element.get(field);
            values.add(value == null || value.isNull() ? null : value.coerceStringValue());
        }
        return values;
    }

    /** The path of the element of the array at {@code path} whose {@code field} is {@code value}, e.g. "items[2]". */
    public String where(String path, String field, Object value) {
        List<String> values = texts(path, field);
        int index = values.indexOf(String.valueOf(value));
        if (index < 0) {
            throw new AssertionError("no element with " + field + " = " + value + " in " + path + " of " + body);
        }
        return path + "[" + index + "]";
    }

    /** One numeric field of every element of the array at {@code path}. */
    public List<Long> numbers(String path, String field) {
        List<Long> values = new ArrayList<>();
        for (JsonNode element : at(path).values()) {
            values.add(element.get(field).getLongValue());
        }
        return values;
    }
}
