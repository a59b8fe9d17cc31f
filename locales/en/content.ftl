# Words a workshop format needs that its file does not give: the names of
# people added beyond those the file lists.
# Every message here has its twin in ../es/content.ftl
# (tests/i18n.rs checks both lists are the same).

# A participant the trainer added beyond those the format names.
content-person = Person { $number }

# A bilingual format's text given in fewer languages than the rest of the
# file ($given is how many it gives: 0 for a plain string).
content-text-lacks-languages = { $given ->
    [0] expected this text in { $expected } like the file's other texts, found one text for every language: write it as (en: "…", es: "…")
   *[other] expected this text in { $expected } like the file's other texts; it lacks { $missing }
}

## Reading a text that is a table of languages
content-text-expected = a text, or a text in each language like (en: "…", es: "…")
content-text-unknown-language = unknown language "{ $code }": a text's languages are { $known }
content-text-twice = the text in "{ $code }" is given twice
content-text-empty-table = expected a text in at least one language, found an empty table
