package fr.mcp.shared.application;

import java.util.List;

/** One page of a list read with database paging, and the number of rows matching the filters. */
public record Page<T>(List<T> rows, long total, int first, int size) {}
