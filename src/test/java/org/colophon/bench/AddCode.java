package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds code blocks to a benchmark book, spread over its chapters: {@code N} blocks of 12 to 20 lines in ten
 * languages, each after a paragraph of a chapter, so that the bench shows what highlighting costs. It only appends to
 * the chapters' text, so other generators (formulas) can be run on the same book, before or after it.
 * {@code java -cp target/test-classes:target/classes org.colophon.bench.AddCode BOOK_DIR N}
 */
public final class AddCode {
    private AddCode() {
    }

    /** Ten languages, each a block of real-looking code, one of them with a line too long for the page. */
    static final List<String> SAMPLES = List.of(
            """
            ```java
            /** Counts the words of a text, in order of first use. */
            public final class WordCount {
                private final Map<String, Integer> counts = new LinkedHashMap<>();

                public void add(String text) {
                    for (String word : text.toLowerCase(Locale.ROOT).split("\\\\W+")) {
                        if (!word.isEmpty()) {
                            counts.merge(word, 1, Integer::sum);   // one more
                        }
                    }
                }

                public int count(String word) {
                    return counts.getOrDefault(word, 0);
                }
            }
            ```
            """,
            """
            ```python
            def mean_and_spread(values):
                \"\"\"The mean and the standard deviation of a non-empty list.\"\"\"
                n = len(values)
                mean = sum(values) / n
                spread = (sum((v - mean) ** 2 for v in values) / (n - 1)) ** 0.5 if n > 1 else 0.0
                return mean, spread


            if __name__ == "__main__":
                data = [2.5, 3.1, 4.7, 5.0, 6.2]
                m, s = mean_and_spread(data)
                print(f"mean {m:.2f}, spread {s:.2f}")  # two decimals
            ```
            """,
            """
            ```haskell
            -- | The primes, by the sieve of Eratosthenes.
            primes :: [Integer]
            primes = sieve [2 ..]
              where
                sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

            data Tree a = Leaf | Node (Tree a) a (Tree a)
              deriving (Show, Eq)

            insert :: Ord a => a -> Tree a -> Tree a
            insert x Leaf = Node Leaf x Leaf
            insert x t@(Node l y r)
              | x < y = Node (insert x l) y r
              | x > y = Node l y (insert x r)
              | otherwise = t {- already there -}
            ```
            """,
            """
            ```rust
            use std::collections::HashMap;

            #[derive(Debug, Clone)]
            struct Inventory {
                items: HashMap<String, u32>,
            }

            impl Inventory {
                fn add(&mut self, name: &str, count: u32) {
                    *self.items.entry(name.to_string()).or_insert(0) += count;
                }

                fn total(&self) -> u32 {
                    self.items.values().sum()
                }
            }
            ```
            """,
            """
            ```js
            // Fetches the user's orders, newest first, and renders them as a list.
            async function showOrders(userId) {
              const response = await fetch(`/api/users/${userId}/orders?sort=-date`);
              if (!response.ok) {
                throw new Error(`could not load the orders: ${response.status}`);
              }
              const orders = await response.json();
              const list = document.querySelector("#orders");
              list.innerHTML = orders
                .map((o) => `<li>${o.date}: ${o.items.length} items, ${o.total.toFixed(2)} €</li>`)
                .join("");
              return orders.length;
            }
            ```
            """,
            """
            ```go
            package main

            import (
            	"fmt"
            	"sort"
            	"strings"
            )

            // Frequencies counts the letters of s, most frequent first.
            func Frequencies(s string) []string {
            	counts := map[rune]int{}
            	for _, r := range strings.ToLower(s) {
            		counts[r]++
            	}
            	keys := make([]string, 0, len(counts))
            	for r := range counts {
            		keys = append(keys, string(r))
            	}
            	sort.Slice(keys, func(i, j int) bool { return counts[rune(keys[i][0])] > counts[rune(keys[j][0])] })
            	return keys
            }
            ```
            """,
            """
            ```r
            # Heights by age, with a linear model and its summary
            people <- read.csv("people.csv", stringsAsFactors = FALSE)
            people <- subset(people, !is.na(height) & age >= 18)
            fit <- lm(height ~ age + sex, data = people)
            summary(fit)$r.squared
            plot(people$age, people$height, pch = 19, col = "grey40",
                 xlab = "Age (years)", ylab = "Height (cm)")
            abline(fit, lwd = 2)
            means <- tapply(people$height, people$sex, mean)
            if (length(means) > 1) print(round(means, 1)) else NULL
            ```
            """,
            """
            ```sql
            -- The ten customers who spent most last year, with their number of orders
            SELECT c.name,
                   COUNT(o.id) AS orders,
                   SUM(o.total) AS spent
            FROM customers AS c
            JOIN orders AS o ON o.customer_id = c.id
            WHERE o.placed_at >= DATE '2024-01-01' AND o.placed_at < DATE '2025-01-01'
            GROUP BY c.name
            HAVING COUNT(o.id) > 2
            ORDER BY spent DESC
            LIMIT 10;
            ```
            """,
            """
            ```bash
            #!/usr/bin/env bash
            # Backs up the photos of the day into a dated archive, and keeps the last seven.
            set -euo pipefail
            src="${HOME}/Pictures/$(date +%Y-%m-%d)"
            dest="/backup/photos"
            mkdir -p "$dest"
            if [ -d "$src" ]; then
              tar -czf "$dest/photos-$(date +%Y%m%d).tar.gz" -C "$src" .
              echo "archived $(ls "$src" | wc -l) files"
            fi
            ls -1t "$dest"/photos-*.tar.gz | tail -n +8 | xargs -r rm --
            ```
            """,
            """
            ```swift
            struct Temperature: Comparable {
                var celsius: Double

                var fahrenheit: Double { celsius * 9 / 5 + 32 }

                static func < (lhs: Temperature, rhs: Temperature) -> Bool {
                    lhs.celsius < rhs.celsius
                }
            }

            let readings = [21.5, 19.0, 23.25].map { Temperature(celsius: $0) }
            if let warmest = readings.max() {
                print("warmest: \\(warmest.fahrenheit) °F")  /* in Fahrenheit */
            }
            ```
            """);

    public static void main(String[] args) throws IOException {
        add(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Appends {@code blocks} code blocks to the book's chapters ({@code *.md}), in turn, each with a line before it. */
    public static void add(Path book, int blocks) throws IOException {
        List<Path> chapters;
        try (Stream<Path> files = Files.list(book)) {
            chapters = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        StringBuilder[] added = new StringBuilder[chapters.size()];
        for (int i = 0; i < chapters.size(); i++) {
            added[i] = new StringBuilder();
        }
        for (int n = 0; n < blocks; n++) {
            added[n % chapters.size()].append("\n\nListing ").append(n + 1).append(" shows it in code.\n\n")
                    .append(SAMPLES.get(n % SAMPLES.size()));
        }
        for (int i = 0; i < chapters.size(); i++) {
            Files.writeString(chapters.get(i), Files.readString(chapters.get(i), StandardCharsets.UTF_8) + added[i],
                    StandardCharsets.UTF_8);
        }
    }
}
