"""Jinja's compilation of the bundled templates (cmhroadmap.reports.precompiled): generated."""

# Each template's source, by SHA-256: its module is used only while the source still matches.
SOURCE_SHA256: dict[str, str] = {
    "_glance.html": "ec92c142cdcc1e9870cd1a2be5d5c6ca09883573c93b1a4d0eb644b4584e70bf",
    "_glance.md": "b96412e2f49a986cade0842e92d83526280d5084936d7bb3ae02ce0502b04b5c",
    "_macros.html": "213177e2550def86585e0808b2741862a0a03dff34a30e31b8ec3a7f7be35d40",
    "base.html": "09ce054d6a2cafa2f3468013d468e9511e56d7e34213c48851d9f56cc04a42e2",
    "benchmark.html": "40a51b3535bce71c7144b00a28e770dcdd1ec08a7f9865a8a3c0c28d1a4b9713",
    "benchmark.md": "7726f832a030d90400dfcc349cac949847144a869fd13e9648946863dbf97a90",
    "compare.html": "04a2b8059f690602c3edaef753b114002b8c8cd38ad6985cac82357733e60229",
    "compare.md": "c970fc7f42162bde64f28a5d418049418fd68e39ca223c2af209d62af1c77ce7",
    "report.html": "d240e27344a58dde9941eff8b1a5598267487a7a6473a842e08769ef6a402075",
    "report.md": "78ca0b175214ddcf0c5e7e41909c71cdfba046905929e5e62423ec710d9d24df",
    "site/compare.html": "d543f8b1e8b9c8b0f50bcd63694d47f6d92ea662498d92ed5bd03eb77a337cb9",
    "site/deliverable.html": "2795e113e919eba68b4d7e7048838c3828a69676f1dd051480597907502bca02",
    "site/downloads.html": "474602e9ef28965e5c27b76d9f53d59fa21f4f3fee7c97c4dc3ac76ed945a745",
    "site/footer.html": "7b1c87d0db89bf37a98d55e673616dc62be4bab15f2308b06f6344493ea978b9",
    "site/index.html": "03dc6537005e0a88ffd4686ce6ad58931fa464083c2d10012e6400d0b3808582",
    "site/layout.html": "c6ac5e74f87124d4ff15b0f5995b06dc41b45c7b0b18ab2793b05ead9b233eee",
    "site/macros.html": "d4efb73944d53e16d206118b80371f55d8bfa3a77132cbdeaf12c1872ead5d7f",
    "site/method.html": "89e6748d7807fe4f65c65b5c35ac89aef71071059a018f10c345aae5c41af26e",
    "site/nav.html": "bb7d0c7a053a2cf9f1034997252db7746a932804aa6250238777a6f93fa4acba",
    "site/report.html": "bf2618b1e31b5d0112df9cabd1e510e14f26cb4581345fbe3b8586d09a66355d",
    "site/style.html": "809e5bea45d987a86ff5c642678779631c9c3fd1f16590f71ed40ae6910e5f84",
    "site/system.html": "dccd5d4213bf3468bfb720f1ad4ea0d2699493fece88b71751d27c6c4bb9eeee",
}
