"""Jinja's compilation of the bundled templates (cmhroadmap.reports.precompiled): generated."""

# Each template's source, by SHA-256: its module is used only while the source still matches.
SOURCE_SHA256: dict[str, str] = {
    "_glance.html": "22990c45c8ed2809f6c4109b98c6cc09e7670d0f2f209e6677b670938161c0dd",
    "_glance.md": "3434986e2a2e91b2c02a785775f75a8d444713c214db306b5e365546ff7369e7",
    "_macros.html": "213177e2550def86585e0808b2741862a0a03dff34a30e31b8ec3a7f7be35d40",
    "base.html": "67744e817f463d75d0d29d5c0ff6d10eb0f0f346cd52545f4ec517fb31dbf7f4",
    "benchmark.html": "e73c7286cae2796ba69722b4b036f1ee1054c86d2f5b6f77de6d22a84b963659",
    "benchmark.md": "a899011a66e371d9488808db96ce184fc0edcf5bc866bff653fc88cd9347e42c",
    "compare.html": "e6e11bd2f5ad5bb5a1cc4aba163cc306a6ae679d596b92c7fdd94386c4ffaff3",
    "compare.md": "4846ae850b55e978f16745494755448b0cb41daa9b8239eec88408292985fec3",
    "paper.html": "2f3f3582cb7f35fd16d538acc93b29bd557802ea7dc3797f1b2189e737e9a83f",
    "paper.md": "a598ad3490a7d93ec28f4506ed0a9ccf47dfe44f875b8226b29147f14e4644dc",
    "report.html": "882a6b812681295494cc3c8bd8fa0bf1144d8bafc96daecf342675d891de51fb",
    "report.md": "f81d276bedc7bc6a233dd8f9b2908aa24ec542dbd999b9e2ac868dbebc5cc80a",
    "site/compare.html": "d543f8b1e8b9c8b0f50bcd63694d47f6d92ea662498d92ed5bd03eb77a337cb9",
    "site/deliverable.html": "c73687ee0a28cc2cb8b8b3313ab2fff8c78bb2c3462d91f5354520cb93b2021c",
    "site/downloads.html": "474602e9ef28965e5c27b76d9f53d59fa21f4f3fee7c97c4dc3ac76ed945a745",
    "site/footer.html": "7b1c87d0db89bf37a98d55e673616dc62be4bab15f2308b06f6344493ea978b9",
    "site/index.html": "f9423c23dbd6f9c2d0fe15ba16b8f534471115c138cb41d94b99b5170860fab4",
    "site/layout.html": "c6ac5e74f87124d4ff15b0f5995b06dc41b45c7b0b18ab2793b05ead9b233eee",
    "site/macros.html": "d4efb73944d53e16d206118b80371f55d8bfa3a77132cbdeaf12c1872ead5d7f",
    "site/method.html": "9298da1e5de8e82ca916a3dadd0c633a085b0532f3d21dc666640de95a694aab",
    "site/nav.html": "bb7d0c7a053a2cf9f1034997252db7746a932804aa6250238777a6f93fa4acba",
    "site/report.html": "bf2618b1e31b5d0112df9cabd1e510e14f26cb4581345fbe3b8586d09a66355d",
    "site/style.html": "e4d376257f5990b8bc8829c7893557e08eae6ef73e5a0b6611969b28adec8a0c",
    "site/system.html": "dccd5d4213bf3468bfb720f1ad4ea0d2699493fece88b71751d27c6c4bb9eeee",
}
