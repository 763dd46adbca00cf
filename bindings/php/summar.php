<?php
/*
 * Summar\ - libsummar for PHP: extractive summaries of text and HTML.
 *
 *   $s = Summar\summarize($post_html, ['words' => 80, 'paragraphs' => 1]);
 *   echo $s->text;
 *
 * This layer is compiled into the summar extension and defined at the start
 * of every request, so `extension_loaded('summar')` is enough to use it;
 * requiring this file as well does nothing (its declarations are made only
 * when they are not there yet).
 * It builds on the raw SWIG classes and functions (SummarCoreDocument,
 * summar_core_version(), ...), which it keeps out of sight: no handle
 * reaches the caller, only strings, numbers, arrays and Summary objects.
 * Every error is a Summar\Error (a \RuntimeException the extension
 * registers): getCode() is the library's status code (SUMMAR_ERR_*),
 * getMessage() its message.
 */
namespace Summar;

if (!\function_exists('Summar\summarize')) {
    /** The libsummar version in use, "MAJOR.MINOR.PATCH". */
    function version(): string
    {
        return \summar_core_version();
    }

    /**
     * A summary: sentences of the source, in source order, in paragraphs.
     * Its properties are read-only.
     */
    final class Summary
    {
        /** The summary as plain text, paragraphs separated by a blank line. */
        public readonly string $text;
        /** @var string[] each paragraph's sentences joined by spaces */
        public readonly array $paragraphs;
        /**
         * @var array[] the chosen sentences, in source order, each as
         * docs/summary.schema.json has it: ['index' => int (the sentence's
         * index in the text), 'paragraph' => int (0-based), 'start' => int,
         * 'end' => int (byte offsets into the analysed text: the input
         * itself for plain text, the extracted article text for HTML),
         * 'words' => int, 'score' => float, 'truncated' => true (only for
         * a sentence cut to fit), 'text' => string (ending with "…" when
         * truncated)]
         */
        public readonly array $sentences;
        /** The source language, ISO 639-1 ("en", "ar"...). */
        public readonly string $language;
        /** @var string[] warning names ("short_source", "lang_guessed"...) */
        public readonly array $warnings;
        /** Words in the summary, counted as a word processor does. */
        public readonly int $wordCount;
        /** Words of content in the source. */
        public readonly int $sourceWords;
        /**
         * @var array[] salient words, most salient first ('keywords'
         * option), each ['word' => string, 'weight' => float]: the weight
         * is the salience relative to the first keyword's, in (0, 1]
         */
        public readonly array $keywords;

        /** @internal made by summarize() */
        public function __construct(array $data)
        {
            $this->text = $data['text'];
            $this->paragraphs = $data['paragraphs'];
            $this->sentences = $data['sentences'];
            $this->language = $data['language'];
            $this->warnings = $data['warnings'];
            $this->wordCount = $data['wordCount'];
            $this->sourceWords = $data['sourceWords'];
            $this->keywords = $data['keywords'];
        }

        /**
         * The summary as docs/summary.schema.json describes it, with the
         * members `summar --format json` writes ("paragraphs" is their
         * number): json_encode() of it is one such JSON object.
         */
        public function toArray(): array
        {
            return [
                'schema' => \SUMMAR_JSON_SCHEMA,
                'language' => $this->language,
                'words' => $this->wordCount,
                'source_words' => $this->sourceWords,
                'paragraphs' => count($this->paragraphs),
                'sentences' => $this->sentences,
                'keywords' => $this->keywords,
                'warnings' => $this->warnings,
                'text' => $this->text,
            ];
        }
    }

    /** @internal option name => kind */
    function options(): array
    {
        return [
            'words' => 'count', 'sentences' => 'count', 'paragraphs' => 'count',
            'keywords' => 'count', 'ratio' => 'ratio', 'lang' => 'string',
            'output_lang' => 'string', 'algorithm' => 'string',
            'title' => 'string', 'html' => 'html',
        ];
    }

    /** @internal throws the one error family */
    function fail(string $message, int $code = \SUMMAR_ERR_ARG): never
    {
        throw new Error($message, $code);
    }

    /** @internal an option's value checked and converted, or Summar\Error */
    function option(string $name, mixed $v): mixed
    {
        switch (options()[$name]) {
            case 'count':
                if (is_string($v) && preg_match('/^[0-9]{1,18}$/', $v)) {
                    $v = (int) $v;
                }
                if (!is_int($v)) {
                    fail("option '$name' must be an int, got " . get_debug_type($v));
                }
                if ($v < 0) {
                    fail("option '$name' must not be negative", \SUMMAR_ERR_RANGE);
                }
                return $v;
            case 'ratio':
                if (!is_int($v) && !is_float($v) && !(is_string($v) && is_numeric($v))) {
                    fail("option 'ratio' must be a float, got " . get_debug_type($v));
                }
                return (float) $v;
            case 'string':
                if ($v !== null && !is_string($v)) {
                    fail("option '$name' must be a string, got " . get_debug_type($v));
                }
                return $v;
            default: /* html */
                if ($v !== true && $v !== false && $v !== 'auto') {
                    fail("option 'html' must be true, false or 'auto'");
                }
                return $v;
        }
    }

    /** @internal the names of the bits set in $bits, by the library */
    function bit_names(int $bits, callable $name_of): array
    {
        $out = [];
        for ($i = 0; $i < 32; $i++) {
            if ($bits & (1 << $i)) {
                $name = $name_of(1 << $i);
                if ($name !== null) {
                    $out[] = $name;
                }
            }
        }
        return $out;
    }

    /**
     * Summarizes plain text or HTML.
     *
     * Options: 'words' (int, never exceeded), 'sentences' (int) or 'ratio'
     * (float, of the content words): at most one, default 20% of the words;
     * 'paragraphs' (int, default 1); 'lang' (source language, detected when
     * absent); 'output_lang' (anything but the source's language fails:
     * libsummar does not translate); 'algorithm' (default "default");
     * 'title' (the headline: given to the library as the first line, never
     * part of the summary); 'html' (true, false or 'auto', the default: HTML
     * goes through the library's HTML extraction, which drops scripts,
     * captions, share bars and other page furniture); 'keywords' (int: how
     * many keywords to report).  Any other key is an error.
     *
     * @throws Error on any failure, getCode() the SUMMAR_ERR_* status
     */
    function summarize(string $text_or_html, array $options = []): Summary
    {
        $o = [];
        foreach ($options as $name => $v) {
            if (!is_string($name) || !array_key_exists($name, options())) {
                fail("unknown option '$name' (known: "
                     . implode(', ', array_keys(options())) . ')');
            }
            $o[$name] = option($name, $v);
        }
        $budgets = array_intersect(['words', 'sentences', 'ratio'], array_keys($o));
        if (count($budgets) > 1) {
            fail('give at most one of words, sentences, ratio (got '
                 . implode(', ', $budgets) . ')');
        }

        $html = $o['html'] ?? 'auto';
        if ($html === 'auto') {
            $html = \summar_core_looks_like_html($text_or_html) !== 0;
        }
        $input = $text_or_html;
        $skip = 0; /* bytes of title put before the caller's text */
        $title = $o['title'] ?? null;
        if ($title !== null && $title !== '') {
            if (str_contains($title, "\n") || str_contains($title, "\r")) {
                $title = trim(preg_replace('/\s+/u', ' ', $title) ?? $title);
            }
            if ($html) {
                $input = '<h1>' . htmlspecialchars($title, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8')
                    . "</h1>\n" . $input;
            } else {
                $skip = strlen($title) + 2;
                $input = $title . "\n\n" . $input;
            }
        }
        $lang = $o['lang'] ?? null;
        if ($lang === '' || $lang === 'auto') {
            $lang = null;
        }

        $req = new \SummarCoreRequest();
        if (isset($o['words'])) {
            $req->set_words($o['words']);
        } elseif (isset($o['sentences'])) {
            $req->set_sentences($o['sentences']);
        } elseif (isset($o['ratio'])) {
            $req->set_ratio($o['ratio']);
        }
        if (isset($o['paragraphs'])) {
            $req->set_paragraphs($o['paragraphs']);
        }
        if (isset($o['algorithm'])) {
            $req->set_algorithm($o['algorithm']);
        }
        if (isset($o['output_lang'])) {
            $req->set_output_lang($o['output_lang']);
        }
        if (!empty($o['keywords'])) {
            $req->set_keywords($o['keywords']);
        }

        $flags = $html ? \SUMMAR_DOC_HTML : 0;
        $doc = new \SummarCoreDocument(context(), $input, $lang, $flags);
        if ($skip > 0 && !is_title($doc)) {
            /* the text has a headline of its own: the given title would be
             * one more sentence, so it is left out */
            $skip = 0;
            $doc = new \SummarCoreDocument(context(), $text_or_html, $lang, $flags);
        }
        $text = $doc->text();
        $sum = $doc->summarize($req);
        /* the sentences of the given title, which come before the caller's */
        $skipped = 0;
        while ($skip > 0 && $skipped < $doc->sentence_count()
               && $doc->sentence($skipped)->start_get() < $skip) {
            $skipped++;
        }

        $sentences = [];
        $parts = array_fill(0, max(1, $sum->paragraph_count()), []);
        for ($i = 0, $n = $sum->sentence_count(); $i < $n; $i++) {
            /* the getters, not SWIG's property magic (__get), which leaks a
             * string per access in SWIG 4.1 */
            $p = $sum->sentence($i);
            $start = $p->start_get();
            $end = $p->end_get();
            $paragraph = $p->paragraph_get();
            $s = substr($text, $start, $end - $start);
            $x = [
                'index' => $p->sentence_get() - $skipped,
                'paragraph' => $paragraph,
                'start' => $start - $skip,
                'end' => $end - $skip,
                'words' => $p->words_get(),
                'score' => $p->score_get(),
            ];
            if ($p->truncated_get()) {
                $x['truncated'] = true;
                $s .= "\u{2026}";
            }
            $x['text'] = $s;
            $sentences[] = $x;
            $parts[$paragraph][] = trim($s);
        }
        $keywords = [];
        for ($i = 0, $n = $sum->keyword_count(); $i < $n; $i++) {
            $keywords[] = ['word' => $sum->keyword($i),
                           'weight' => $sum->keyword_weight($i)];
        }
        $summary = new Summary([
            'text' => $sum->text(),
            'paragraphs' => array_map(fn ($p) => implode(' ', $p), $parts),
            'sentences' => $sentences,
            'language' => $sum->language(),
            'warnings' => bit_names($sum->warnings(), 'summar_core_warning_name'),
            'wordCount' => $sum->word_count(),
            'sourceWords' => $sum->source_words(),
            'keywords' => $keywords,
        ]);
        $sum->close();
        $doc->close();
        return $summary;
    }

    /** @internal whether the document's headline starts at its first byte */
    function is_title(\SummarCoreDocument $doc): bool
    {
        try {
            return $doc->title()->start_get() === 0;
        } catch (Error $e) {
            if ($e->getCode() === \SUMMAR_ERR_NOT_FOUND) {
                return false;
            }
            throw $e;
        }
    }

    /** @internal the context every document of this request uses */
    function context(): \SummarCoreContext
    {
        static $ctx = null;
        return $ctx ??= new \SummarCoreContext(0);
    }
}
