// GraphQL Yoga serving the benchmark schema (the same SDL and data as HttpBenchmarkSchema.cs) on 127.0.0.1.
// Prints "listening <port>" once ready; runs until killed.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const typeDefs = /* GraphQL */ `
  "Reads."
  type Query {
    hello(name: String = "world"): String!
    products(first: Int = 10): [Product!]!
  }

  "Something to sell."
  type Product {
    id: ID!
    name: String!
    price: Float!
  }
`;

const products = [
  { id: '1', name: 'Mug', price: 9.5 },
  { id: '2', name: 'Tea', price: 4.25 },
  { id: '3', name: 'Kettle', price: 30 },
];

const yoga = createYoga({
  schema: createSchema({
    typeDefs,
    resolvers: {
      Query: {
        hello: (_, { name }) => `Hello, ${name}!`,
        products: (_, { first }) => products.slice(0, first),
      },
    },
  }),
  graphiql: false,
  logging: false,
  landingPage: false,
});

const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
