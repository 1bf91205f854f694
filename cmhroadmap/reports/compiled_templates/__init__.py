"""Jinja's compilation of the bundled templates (cmhroadmap.reports.precompiled): generated."""

# Each template's source, by SHA-256: its module is used only while the source still matches.
SOURCE_SHA256: dict[str, str] = {
    "_glance.html": "700832e935126a123e3dc8f353f155772199262983eadb33efabfc2878d121bc",
    "_glance.md": "e50a4feb964ad3940f5901f719b7ffdd5029d407f585a356e8636f2254d8921e",
    "_macros.html": "213177e2550def86585e0808b2741862a0a03dff34a30e31b8ec3a7f7be35d40",
    "base.html": "6c618de6ddcd68fe0be76d07ab0ca9ebf9a60f1348c7ad772e9daca7e6203a53",
    "benchmark.html": "df800c45f34539fa3d26ce9c6dcb967b88a699a1ac68d7d6e56b0ddbb67094d4",
    "benchmark.md": "16b9249a9d6bb24e926883f6d529e4ea9a3136598db5599256b3dc8c61b727e9",
    "compare.html": "4cd3d354b4d9823900e5e533b8a59b3b1098fd2ea67a1c3961992f811b086a69",
    "compare.md": "54bd3123efc1bf1b1bd247882e70852076ff199e441fffb96215c5b81ba75494",
    "diff.md": "7258419e4f1217c3a7e187da629e8495220bdc1cf0933cb45729472b8492e73e",
    "report.html": "1f08665cbe21545dadeedaff6e8c8bd06e0107a4f357428c22f2ae3ba80a134c",
    "report.md": "48b83bf2ce2992bdd029cf2665d33753c4a6e521ec966ad1a68ea0176811bfc7",
    "site/compare.html": "d543f8b1e8b9c8b0f50bcd63694d47f6d92ea662498d92ed5bd03eb77a337cb9",
    "site/deliverable.html": "2795e113e919eba68b4d7e7048838c3828a69676f1dd051480597907502bca02",
    "site/downloads.html": "474602e9ef28965e5c27b76d9f53d59fa21f4f3fee7c97c4dc3ac76ed945a745",
    "site/footer.html": "7b1c87d0db89bf37a98d55e673616dc62be4bab15f2308b06f6344493ea978b9",
    "site/index.html": "cb58285440881101f432eb13ca666f263ee1172a4d87d24f6e40596adec4f276",
    "site/layout.html": "c6ac5e74f87124d4ff15b0f5995b06dc41b45c7b0b18ab2793b05ead9b233eee",
    "site/macros.html": "d4efb73944d53e16d206118b80371f55d8bfa3a77132cbdeaf12c1872ead5d7f",
    "site/method.html": "9298da1e5de8e82ca916a3dadd0c633a085b0532f3d21dc666640de95a694aab",
    "site/nav.html": "bb7d0c7a053a2cf9f1034997252db7746a932804aa6250238777a6f93fa4acba",
    "site/report.html": "bf2618b1e31b5d0112df9cabd1e510e14f26cb4581345fbe3b8586d09a66355d",
    "site/style.html": "809e5bea45d987a86ff5c642678779631c9c3fd1f16590f71ed40ae6910e5f84",
    "site/system.html": "dccd5d4213bf3468bfb720f1ad4ea0d2699493fece88b71751d27c6c4bb9eeee",
}
