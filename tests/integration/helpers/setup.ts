// Each integration file boots a real Strapi and may create a database on a server first.
jest.setTimeout(120_000);
