import Foundation
import Testing

@testable import Registry

/// The README renderer: the supported subset, its escaping and its behaviour on hostile input.
@Suite struct WebMarkdownTests {
    let markdown = MarkdownRenderer()

    @Test func headingsAtEveryLevel() {
        let html = markdown.render("# One\n## Two ##\n###### Six\n####### seven\n#nospace")
        #expect(html.contains("<h1>One</h1>"))
        #expect(html.contains("<h2>Two</h2>"))
        #expect(html.contains("<h6>Six</h6>"))
        #expect(html.contains("<p>####### seven\n#nospace</p>"))
    }

    @Test func setextHeadingsAndOffset() {
        let html = MarkdownRenderer(headingOffset: 1).render("Title\n=====\n\nSub\n---\n\n###### Deep")
        #expect(html == "<h2>Title</h2>\n<h3>Sub</h3>\n<h6>Deep</h6>\n")
    }

    @Test func paragraphsAndRules() {
        let html = markdown.render("first line\nsecond line\n\n***\n\nnext")
        #expect(html == "<p>first line\nsecond line</p>\n<hr>\n<p>next</p>\n")
    }

    @Test func emphasisAndStrong() {
        #expect(
            markdown.render("*a* _b_ **c** __d__ ***e***")
                == "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong> <em><strong>e</strong></em></p>\n")
        #expect(markdown.render("**bold *and italic* text**") == "<p><strong>bold <em>and italic</em> text</strong></p>\n")
        #expect(markdown.render("snake_case_name and 2*3*4") == "<p>snake_case_name and 2<em>3</em>4</p>\n")
        #expect(markdown.render("*foo**bar*") == "<p><em>foo**bar</em></p>\n")
        #expect(markdown.render("unclosed *star and __under") == "<p>unclosed *star and __under</p>\n")
    }

    @Test func inlineCode() {
        #expect(markdown.render("use `x < y` here") == "<p>use <code>x &lt; y</code> here</p>\n")
        #expect(markdown.render("``a ` b``") == "<p><code>a ` b</code></p>\n")
        #expect(markdown.render("`*not emphasis*`") == "<p><code>*not emphasis*</code></p>\n")
    }

    @Test func unclosedBackticksStayText() {
        #expect(markdown.render("a `b c") == "<p>a `b c</p>\n")
        #expect(markdown.render("``a`") == "<p>``a`</p>\n")
        #expect(markdown.render("` *x* ``") == "<p>` <em>x</em> ``</p>\n")
    }

    @Test func fencedCodeIsEscapedNotInterpreted() {
        let html = markdown.render("```swift\nlet x = \"<b>\" && *y*\n# not a heading\n```\nafter")
        #expect(
            html
                == "<pre><code class=\"language-swift\">let x = &quot;&lt;b&gt;&quot; &amp;&amp; *y*\n# not a heading\n</code></pre>\n<p>after</p>\n"
        )
    }

    @Test func fenceLanguageIsSanitisedAndUnclosedFenceRunsToEnd() {
        let html = markdown.render("~~~\"><script>\nx\n")
        #expect(html == "<pre><code>x\n</code></pre>\n")
        #expect(markdown.render("```c++\n```").contains("class=\"language-c++\""))
    }

    @Test func indentedCode() {
        #expect(
            markdown.render("para\n\n    code <x>\n    more\n\nend")
                == "<p>para</p>\n<pre><code>code &lt;x&gt;\nmore\n</code></pre>\n<p>end</p>\n")
    }

    @Test func bulletAndNumberedLists() {
        #expect(markdown.render("- one\n- two\n* other") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ul>\n<li>other</li>\n</ul>\n")
        #expect(markdown.render("3. three\n4. four") == "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n")
        #expect(markdown.render("1) a\n2) b\n\nafter") == "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n<p>after</p>\n")
    }

    @Test func nestedListsWithEmphasis() {
        let html = markdown.render("- **Setup**\n  - install *it*\n  - run `junction`\n- Done\n1. x\n   - y")
        #expect(
            html.contains("<li><strong>Setup</strong>\n<ul>\n<li>install <em>it</em></li>\n<li>run <code>junction</code></li>\n</ul></li>"))
        #expect(html.contains("<li>Done</li>"))
        #expect(markdown.render("1. x\n  - y").contains("<ol>\n<li>x\n<ul>\n<li>y</li>\n</ul></li>\n</ol>"))
    }

    @Test func looseListsWrapParagraphs() {
        #expect(markdown.render("- a\n\n- b") == "<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>\n")
        #expect(markdown.render("- a\nlazy line") == "<ul>\n<li>a\nlazy line</li>\n</ul>\n")
    }

    @Test func blockquotes() {
        #expect(
            markdown.render("> quoted *text*\ncontinued\n> > inner")
                == "<blockquote>\n<p>quoted <em>text</em>\ncontinued</p>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</blockquote>\n")
    }

    @Test func links() {
        #expect(
            markdown.render("[docs](https://example.com/a?b=1&c=2 \"The docs\")")
                == "<p><a href=\"https://example.com/a?b=1&amp;c=2\" title=\"The docs\" rel=\"nofollow ugc noopener\">docs</a></p>\n")
        #expect(
            markdown.render("[rel](docs/setup.md) [mail](mailto:a@b.c)").contains(
                "<a href=\"docs/setup.md\" rel=\"nofollow ugc noopener\">rel</a>"))
        #expect(
            markdown.render("[w](https://en.wikipedia.org/wiki/Swift_(language))").contains(
                "href=\"https://en.wikipedia.org/wiki/Swift_(language)\""))
        #expect(markdown.render("[*em* link](/x)") == "<p><a href=\"/x\" rel=\"nofollow ugc noopener\"><em>em</em> link</a></p>\n")
        #expect(
            markdown.render("<https://example.com> <me@example.com>")
                == "<p><a href=\"https://example.com\" rel=\"nofollow ugc noopener\">https://example.com</a> <a href=\"mailto:me@example.com\" rel=\"nofollow ugc noopener\">me@example.com</a></p>\n"
        )
        #expect(markdown.render("[a] and [b] (c)") == "<p>[a] and [b] (c)</p>\n")
    }

    @Test func referenceLinks() {
        let html = markdown.render("See [the guide][guide] and [Guide].\n\n[guide]: https://example.com/guide \"Guide\"")
        #expect(
            html
                == "<p>See <a href=\"https://example.com/guide\" title=\"Guide\" rel=\"nofollow ugc noopener\">the guide</a> and <a href=\"https://example.com/guide\" title=\"Guide\" rel=\"nofollow ugc noopener\">Guide</a>.</p>\n"
        )
    }

    @Test func anchorsNeverNest() {
        #expect(
            markdown.render("[![logo](https://x/l.png)](https://x)")
                == "<p><a href=\"https://x\" rel=\"nofollow ugc noopener\">logo</a></p>\n")
        #expect(markdown.render("[see <https://a>](/b)") == "<p><a href=\"/b\" rel=\"nofollow ugc noopener\">see https://a</a></p>\n")
        #expect(markdown.render("[a [b](/in) c](/out)") == "<p>[a <a href=\"/in\" rel=\"nofollow ugc noopener\">b</a> c](/out)</p>\n")
    }

    @Test func imagesBecomeLinks() {
        let html = markdown.render("![logo](https://cdn.example.com/logo.png)")
        #expect(html == "<p><a href=\"https://cdn.example.com/logo.png\" class=\"md-image\" rel=\"nofollow ugc noopener\">logo</a></p>\n")
        #expect(!html.contains("<img"))
    }

    @Test func unsafeSchemesBecomePlainText() {
        for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", " javascript:x"] {
            let html = markdown.render("[click](\(url)) ![i](\(url))")
            #expect(!html.contains("href"), "\(url): \(html)")
            #expect(html.hasPrefix("<p>click i"), "\(url): \(html)")
        }
        let reference = markdown.render("[x][bad]\n\n[bad]: javascript:alert(1)")
        #expect(reference == "<p>x</p>\n")
        #expect(markdown.render("<javascript:alert(1)>") == "<p>&lt;javascript:alert(1)&gt;</p>\n")
    }

    @Test func rawHTMLIsEscaped() {
        let html = markdown.render("<script>alert(1)</script>\n\n<div onclick=\"x\">hi</div> &amp; 'q'")
        #expect(
            html
                == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;div onclick=&quot;x&quot;&gt;hi&lt;/div&gt; &amp;amp; &#39;q&#39;</p>\n"
        )
    }

    @Test func backslashEscapes() {
        #expect(markdown.render("\\*not\\* \\[x\\](y) \\<b>") == "<p>*not* [x](y) &lt;b&gt;</p>\n")
    }

    @Test func lineEndingsTabsAndNUL() {
        #expect(markdown.render("# A\r\n\r\n-\tb\rc\u{0}") == "<h1>A</h1>\n<ul>\n<li>b\nc\u{FFFD}</li>\n</ul>\n")
    }

    @Test func deepNestingIsCut() {
        let quotes = String(repeating: ">", count: 5_000) + " x"
        let html = markdown.render(quotes)
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 9)
        let bullets = String(repeating: "- ", count: 5_000) + "x"
        #expect(markdown.render(bullets).components(separatedBy: "<ul>").count - 1 <= 9)
        let indented = (0..<2_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(markdown.render(indented).components(separatedBy: "<ul>").count - 1 <= 9)
    }

    @Test(.timeLimit(.minutes(1))) func pathologicalInputStaysFast() {
        let cases = [
            String(repeating: "a", count: 100_000),
            String(repeating: "*a ", count: 35_000),
            String(repeating: "_", count: 100_000),
            String(repeating: "**a*", count: 25_000),
            String(repeating: "`", count: 1) + String(repeating: "``a", count: 33_000),
            String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000),
            String(repeating: "[a](", count: 25_000),
            String(repeating: "[a](b ", count: 16_000),
            String(repeating: "[a](b \"", count: 14_000),
            String(repeating: "<a", count: 50_000),
            String(repeating: "![", count: 50_000),
            String(repeating: "a*b_", count: 25_000) + String(repeating: "*", count: 1_000),
            String(repeating: "[x](y) [", count: 12_000),
            (1...2_000).map { "`" + String(repeating: "`", count: $0 % 50) + "x" }.joined(),
        ]
        for input in cases {
            let start = ContinuousClock.now
            let html = markdown.render(input)
            let elapsed = ContinuousClock.now - start
            #expect(!html.isEmpty)
            #expect(elapsed < .seconds(2), "\(input.prefix(12))… took \(elapsed)")
        }
    }

    /// Random documents over Markdown's significant characters: no crash, and every tag in the output
    /// is one the renderer writes, with only its own attributes.
    @Test func randomInputOnlyYieldsKnownTags() throws {
        let tokens =
            "  \n\n\t*_`[]()!<>#-+=~>\\\"':/1.ajs&x".map(String.init)
            + ["javascript:", "](http://a)", "```", "    ", "\n1. ", "\n- ", "\n> ", "<https://b>", "\n[r]: /c\n", "[r]"]
        let tag = try Regex(
            #"^<(/?(p|h[1-6]|em|strong|code|pre|ul|ol|li|blockquote|a)|hr|ol start="\d+"|code class="language-[A-Za-z0-9_+#.-]+"|a href="[^"<>]*"( title="[^"<>]*")?( class="md-image")? rel="nofollow ugc noopener")>"#
        )
        #expect("<a href=\"/x\" rel=\"nofollow ugc noopener\">".prefixMatch(of: tag) != nil)
        #expect("<script>".prefixMatch(of: tag) == nil && "<a href=\"x\" onclick=\"y\">".prefixMatch(of: tag) == nil)
        var generator = WebSplitMix64(seed: 0x6A75_6E63)
        for _ in 0..<1_500 {
            let length = Int(generator.next() % 120)
            let input = (0..<length).map { _ in tokens[Int(generator.next() % UInt64(tokens.count))] }.joined()
            let html = markdown.render(input)
            var rest = html[...]
            while let open = rest.firstIndex(of: "<") {
                let tail = rest[open...]
                #expect(tail.prefixMatch(of: tag) != nil, "\(input.debugDescription) → \(tail.prefix(60))")
                rest = tail.dropFirst()
            }
            #expect(!html.lowercased().contains("href=\"javascript"))
        }
    }

    @Test func inputBeyondTheLimitIsDropped() {
        let html = MarkdownRenderer(maxInputBytes: 10).render("0123456789abcdef")
        #expect(html == "<p>0123456789</p>\n")
    }
}

/// A small deterministic generator for the random-input test.
struct WebSplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
